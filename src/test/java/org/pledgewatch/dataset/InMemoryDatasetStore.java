package org.pledgewatch.dataset;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** A {@link DatasetStore} in memory, for MVC slices: the second implementation the interface was designed for. */
public final class InMemoryDatasetStore implements DatasetStore {

	private final List<DatasetVersion> versions = new ArrayList<>();

	private final List<Dataset> datasets = new ArrayList<>();

	private final List<AuditEntry> audit = new ArrayList<>();

	private int active;

	/** The versions in order; the last is active. */
	public InMemoryDatasetStore(List<NewVersion> versions) {
		versions.forEach(this::add);
		activate(versions.size(), ShippedDataset.SHIPPED_BY);
	}

	/** The shipped editions as on a fresh store: version 1 the oldest, the newest active. */
	public static InMemoryDatasetStore shipped() {
		return new InMemoryDatasetStore(ShippedDataset.editions());
	}

	@Override
	public synchronized Dataset active() {
		return dataset(active);
	}

	@Override
	public synchronized List<DatasetVersion> versions() {
		return List.copyOf(versions);
	}

	@Override
	public synchronized Optional<DatasetVersion> find(int version) {
		return version >= 1 && version <= versions.size() ? Optional.of(versions.get(version - 1)) : Optional.empty();
	}

	@Override
	public synchronized Dataset dataset(int version) {
		find(version).orElseThrow(() -> new UnknownVersionException(version));
		return datasets.get(version - 1);
	}

	@Override
	public synchronized int activeVersion() {
		return active;
	}

	@Override
	public synchronized DatasetVersion add(NewVersion candidate) {
		DatasetVersion version = VersionSummary.of(versions.size() + 1, candidate, Instant.now());
		versions.add(version);
		datasets.add(new Dataset(version.version(), candidate.rows(), version.citation(), candidate.aggregates()));
		audit.add(new AuditEntry(Instant.now(), AuditEntry.UPLOAD, version.version(), version.uploadedBy(),
				version.filename(), version.sha256(), null));
		return version;
	}

	@Override
	public synchronized DatasetVersion activate(int version, String activatedBy) {
		DatasetVersion found = find(version).orElseThrow(() -> new UnknownVersionException(version));
		audit.add(new AuditEntry(Instant.now(), AuditEntry.ACTIVATE, version, activatedBy, null, null, active == 0 ? null : active));
		active = version;
		return found;
	}

	@Override
	public synchronized void discard(int version, String discardedBy) {
		find(version).orElseThrow(() -> new UnknownVersionException(version));
		audit.add(new AuditEntry(Instant.now(), AuditEntry.DISCARD, version, discardedBy, null, null, null));
	}

	@Override
	public synchronized List<AuditEntry> auditEntries() {
		return List.copyOf(audit);
	}

}
