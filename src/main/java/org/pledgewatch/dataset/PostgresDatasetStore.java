package org.pledgewatch.dataset;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentSkipListMap;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Dataset versions in PostgreSQL, shared by every instance of the application (tables in {@code db/migration}):
 * immutable version rows (the file as uploaded, its SHA-256, its metadata as the file store's {@code version.json}),
 * the active version, and an append-only audit log whose rows are the file store's audit entries.
 *
 * <p>Uploads and activations take one advisory lock in their transaction, so version numbers have no gaps or
 * duplicates whichever instance writes; an activation changes the pointer and appends its audit row in one
 * transaction and notifies every instance when it commits. What this instance serves is held in memory: when the
 * database cannot be reached it keeps serving it and refuses changes ({@link #notWritable}), and {@link #refresh}
 * catches up with whatever other instances changed meanwhile.
 */
public final class PostgresDatasetStore implements DatasetStore {

	private static final Logger log = LoggerFactory.getLogger(PostgresDatasetStore.class);

	/** Versions other than the active one whose rows are kept in memory. */
	private static final int CACHED_DATASETS = 2;

	private final StoreDatabase database;

	private final ConcurrentSkipListMap<Integer, DatasetVersion> versions = new ConcurrentSkipListMap<>();

	private volatile List<AuditEntry> lastAudit = List.of();

	private final ConcurrentSkipListMap<Integer, DamagedVersion> damaged = new ConcurrentSkipListMap<>();

	private final RecentVersions<Dataset> datasets = new RecentVersions<>(CACHED_DATASETS);

	private volatile @Nullable Dataset active;

	/** The database's active version when it cannot be served (the fallback is served instead), so it is not retried. */
	private volatile @Nullable Integer refusedPointer;

	private PostgresDatasetStore(DataSource dataSource) {
		this.database = new StoreDatabase(dataSource);
	}

	/**
	 * Opens the store: creates or migrates the schema, imports a file store if one is named, adds the shipped
	 * editions the database lacks (on an empty one they become versions 1, 2, … and the newest is active), and
	 * loads the active version. While the database cannot be reached it waits and tries again, saying why in the log.
	 */
	public static PostgresDatasetStore open(DataSource database, List<NewVersion> editions,
			@Nullable Path importFrom, Duration retryInterval) {
		PostgresDatasetStore store = new PostgresDatasetStore(database);
		for (int attempt = 1;; attempt++) {
			try {
				store.start(editions, importFrom);
				return store;
			}
			catch (RuntimeException ex) {
				if (!DatabaseFailures.unreachable(ex)) {
					throw ex;
				}
				log.warn("Waiting for the dataset database ({}): attempt {} failed, trying again in {} ms",
						DatabaseFailures.logged(ex), attempt, retryInterval.toMillis());
				try {
					Thread.sleep(retryInterval.toMillis());
				}
				catch (InterruptedException interrupted) {
					Thread.currentThread().interrupt();
					throw new IllegalStateException("Interrupted while waiting for the dataset database", ex);
				}
			}
		}
	}

	private void start(List<NewVersion> editions, @Nullable Path importFrom) {
		Flyway.configure().dataSource(database.dataSource()).locations("classpath:db/migration").load().migrate();
		if (importFrom != null) {
			database.write("Could not import " + importFrom, new FileStoreImport(importFrom)::into);
		}
		database.write("Could not add the shipped editions", c -> {
			DatasetTables.lockWrites(c);
			for (NewVersion edition : ShippedEditions
				.missingFrom(new HashSet<>(DatasetTables.recordedHashes(c).values()), editions)) {
				log.info("Adding the shipped edition {} as a new version", edition.filename());
				insert(c, edition);
			}
			if (DatasetTables.activeVersion(c) == null) {
				int newest = DatasetTables.nextNumber(c) - 1;
				DatasetTables.setActiveVersion(c, newest);
				DatasetTables.appendAudit(c, AuditEntry.activation(newest, ShippedDataset.SHIPPED_BY, null));
			}
			return null;
		});
		refresh();
		log.info("Dataset store in PostgreSQL: {} version(s), version {} active{}", versions.size(), activeVersion(),
				damaged.isEmpty() ? "" : ", damaged: " + damaged.keySet());
	}

	@Override
	public Dataset active() {
		Dataset shown = active;
		if (shown == null) {
			throw new IllegalStateException("The PostgreSQL store has not been opened");
		}
		return shown;
	}

	@Override
	public int activeVersion() {
		return active().version();
	}

	@Override
	public List<DatasetVersion> versions() {
		return List.copyOf(versions.values());
	}

	@Override
	public List<DamagedVersion> damaged() {
		return List.copyOf(damaged.values());
	}

	@Override
	public Optional<DatasetVersion> find(int version) {
		return Optional.ofNullable(versions.get(version));
	}

	@Override
	public synchronized void discard(int version, String discardedBy) {
		if (!versions.containsKey(version)) {
			throw new UnknownVersionException(version);
		}
		database.write("Could not discard dataset version " + version, c -> {
			DatasetTables.lockWrites(c);
			DatasetTables.appendAudit(c, AuditEntry.discard(version, discardedBy));
			DatasetTables.notifyChange(c, "discarded " + version);
			return null;
		});
	}

	/** The audit log as last read: while the database is away, which versions are drafts is what it was. */
	@Override
	public List<AuditEntry> auditEntries() {
		try {
			List<AuditEntry> entries = database.read("Could not read the audit log", DatasetTables::audit);
			lastAudit = List.copyOf(entries);
			return lastAudit;
		}
		catch (RuntimeException unreachable) {
			log.warn("Audit log not readable, using the last one read: {}", unreachable.getMessage());
			return lastAudit;
		}
	}

	@Override
	public Optional<String> notWritable() {
		return Optional.ofNullable(database.unreachable());
	}

	@Override
	public Dataset dataset(int version) {
		Dataset shown = active;
		if (shown != null && shown.version() == version) {
			return shown;
		}
		if (!versions.containsKey(version) && !damaged.containsKey(version)) {
			// Perhaps stored a moment ago by another instance.
			database.read("Could not read the dataset versions", c -> {
				loadNewVersions(c);
				return null;
			});
		}
		DamagedVersion damage = damaged.get(version);
		if (damage != null) {
			throw new DamagedVersionException(damage);
		}
		if (!versions.containsKey(version)) {
			throw new UnknownVersionException(version);
		}
		try {
			return datasets.get(version, this::readDataset);
		}
		catch (DamagedVersionException ex) {
			markDamaged(ex.damage());
			throw ex;
		}
	}

	@Override
	public DatasetVersion add(NewVersion candidate) {
		DatasetVersion version = database.write("Could not store the dataset version", c -> {
			DatasetTables.lockWrites(c);
			DatasetVersion stored = insert(c, candidate);
			DatasetTables.notifyChange(c, "stored " + stored.version());
			// Every lower number is committed (the lock says so): know them all before announcing this one.
			loadNewVersions(c);
			return stored;
		});
		datasets.put(version.version(), new Dataset(version.version(), candidate.rows(), version.citation(),
				ShippedDataset.printedAggregates(version.sha256())));
		versions.put(version.version(), version);
		return version;
	}

	@Override
	public synchronized DatasetVersion activate(int version, String activatedBy) {
		Dataset dataset = dataset(version);
		database.write("Could not activate dataset version " + version, c -> {
			DatasetTables.lockWrites(c);
			Integer previous = DatasetTables.activeVersion(c);
			DatasetTables.setActiveVersion(c, version);
			DatasetTables.appendAudit(c, AuditEntry.activation(version, activatedBy, previous));
			DatasetTables.notifyChange(c, "activated " + version);
			return null;
		});
		active = dataset;
		return versions.get(version);
	}

	/**
	 * Catches up with the database: reads the versions stored since, and the active version.
	 *
	 * @return the active dataset when it is not the one this instance served until now
	 * @throws DatasetStoreException when the database cannot be reached (then nothing changes here)
	 */
	public synchronized Optional<Dataset> refresh() {
		Integer pointer = database.read("Could not read the active dataset version", c -> {
			loadNewVersions(c);
			return DatasetTables.activeVersion(c);
		});
		Dataset shown = active;
		if (shown != null && pointer != null && (pointer == shown.version() || pointer.equals(refusedPointer))) {
			return Optional.empty();
		}
		Dataset chosen = chooseActive(pointer);
		if (shown != null && chosen.version() == shown.version()) {
			return Optional.empty();
		}
		active = chosen;
		return Optional.of(chosen);
	}

	/** The listening connection is back: the next read or change asks the database again. */
	void connectionBack() {
		database.answered();
	}

	/** The listening connection was lost: changes are refused until the database answers again. */
	void connectionLost() {
		database.lost();
	}

	@Override
	public Optional<byte[]> derived(int version, String name) {
		try {
			return database.read("Could not read " + name, c -> DatasetTables.derived(c, version, name));
		}
		catch (DatasetStoreException ex) {
			return Optional.empty();
		}
	}

	@Override
	public void saveDerived(int version, String name, byte[] content) {
		try {
			database.write("Could not save " + name, c -> {
				DatasetTables.saveDerived(c, version, name, content);
				return null;
			});
		}
		catch (DatasetStoreException ex) {
			log.warn("Could not save {} for dataset version {} ({}); it will be computed again", name, version,
					ex.getMessage());
		}
	}

	/** The pointer's version; when it is damaged, the last activated readable one, else the newest readable. */
	private Dataset chooseActive(@Nullable Integer pointer) {
		if (pointer != null) {
			Optional<Dataset> pointed = readable(pointer);
			if (pointed.isPresent()) {
				refusedPointer = null;
				return pointed.get();
			}
		}
		refusedPointer = pointer;
		String why = pointer == null ? "there is none"
				: damaged.containsKey(pointer) ? damaged.get(pointer).reason() : "there is no such version";
		List<Integer> candidates = new ArrayList<>(new LinkedHashSet<>(
				database.read("Could not read the audit log", DatasetTables::activations)));
		candidates.addAll(versions.descendingKeySet());
		for (Integer number : candidates) {
			Optional<Dataset> found = readable(number);
			if (found.isPresent()) {
				log.error("The active dataset version {} cannot be served ({}); serving version {} instead until "
						+ "an editor activates another", pointer, why, number);
				return found.get();
			}
		}
		throw new IllegalStateException("No readable dataset version in the database");
	}

	private Optional<Dataset> readable(int number) {
		try {
			return Optional.of(dataset(number));
		}
		catch (DamagedVersionException | UnknownVersionException ex) {
			return Optional.empty();
		}
	}

	private DatasetVersion insert(Connection c, NewVersion candidate) throws SQLException {
		DatasetVersion version = VersionSummary.of(DatasetTables.nextNumber(c), candidate, Instant.now());
		DatasetTables.insertVersion(c, version, candidate.content());
		DatasetTables.appendAudit(c, AuditEntry.upload(version));
		return version;
	}

	private void loadNewVersions(Connection c) throws SQLException {
		List<Integer> known = new ArrayList<>(versions.keySet());
		known.addAll(damaged.keySet());
		for (DatasetTables.StoredRow row : DatasetTables.rowsExcept(c, known)) {
			try {
				versions.put(row.version(), VersionRows.check(row));
			}
			catch (DamagedVersionException ex) {
				markDamaged(ex.damage());
			}
		}
	}

	private Dataset readDataset(int number) {
		DatasetVersion version = versions.get(number);
		if (version == null) {
			throw new UnknownVersionException(number);
		}
		byte[] content = database
			.read("Could not read dataset version " + number, c -> DatasetTables.content(c, number))
			.orElseThrow(() -> new UnknownVersionException(number));
		return VersionRows.read(version, content);
	}

	private void markDamaged(DamagedVersion damage) {
		log.error("Dataset version {} is damaged and will not be served: {}", damage.version(), damage.reason());
		damaged.put(damage.version(), damage);
		versions.remove(damage.version());
		datasets.remove(damage.version());
	}

	/** Not yet: its tables have no place for them. A shipped edition's printed aggregates are found by its SHA-256. */
	@Override
	public boolean keepsPrintedAggregates() {
		return false;
	}

}
