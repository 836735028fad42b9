package org.pledgewatch.dataset;

import java.util.List;
import java.util.Optional;

/**
 * Immutable dataset versions and which one is active. {@link FileSystemDatasetStore} keeps them in a directory,
 * {@link PostgresDatasetStore} in a database shared by several instances; both keep the same contract
 * ({@code DatasetStoreContractTest}), and nothing above this interface changes. Implementations serialise writes, make {@link #activate} atomic and durable, and keep an
 * append-only audit log of uploads and activations.
 */
public interface DatasetStore extends ActiveDataset {

	/** Every version, oldest first. */
	List<DatasetVersion> versions();

	Optional<DatasetVersion> find(int version);

	/**
	 * The rows of a version; throws {@link UnknownVersionException} when there is no such version and
	 * {@link DamagedVersionException} when its files are damaged.
	 */
	Dataset dataset(int version);

	int activeVersion();

	/**
	 * Stores a new version (not yet active) and returns what was recorded, {@link DatasetVersion#draft()} included,
	 * and logs its upload.
	 */
	DatasetVersion add(NewVersion candidate);

	/**
	 * Makes a version the active one, durably, and records who did it: both or neither.
	 *
	 * @throws DamagedVersionException when the version is damaged
	 */
	DatasetVersion activate(int version, String activatedBy);

	/**
	 * Sets a draft aside: it stays stored and readable, and the audit log records an {@link AuditEntry#DISCARD}
	 * entry, from which {@link VersionStates} hides it from the lists.
	 *
	 * @throws UnknownVersionException when there is no such version
	 */
	void discard(int version, String discardedBy);

	/** The audit log, oldest entry first (uploads, activations, discards); unreadable entries are skipped. */
	List<AuditEntry> auditEntries();

	/** Versions whose files cannot be trusted, oldest first: listed, never served. */
	default List<DamagedVersion> damaged() {
		return List.of();
	}

	/** Why the store cannot be written (uploads and activations are refused), or empty when it can. */
	default Optional<String> notWritable() {
		return Optional.empty();
	}

	/** Something computed once from a version and kept with it (e.g. what it changed), if it was kept. */
	default Optional<byte[]> derived(int version, String name) {
		return Optional.empty();
	}

	/** Keeps something computed from a version with it; a store that cannot keep it forgets it. */
	default void saveDerived(int version, String name, byte[] content) {
	}

	/** Whether a version's printed aggregates ({@link NewVersion#aggregates()}) are stored with it. */
	default boolean keepsPrintedAggregates() {
		return true;
	}

}
