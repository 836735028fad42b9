package org.pledgewatch.dataset;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.locks.ReentrantLock;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Dataset versions in a directory:
 *
 * <pre>
 * store/
 *   versions/0001/source.csv     the file exactly as uploaded (version 1: the shipped dataset)
 *   versions/0001/version.json   its {@link DatasetVersion} metadata
 *   versions/0001/changes.json   what changed against the version before, computed once (see {@link #derived})
 *   active                       the active version number
 *   audit.jsonl                  who uploaded or activated what, when
 * </pre>
 *
 * A version is written in a temporary directory, forced to disk, then renamed into place; the active pointer is
 * written to a temporary file, forced, then renamed over the old one; the audit line goes in first and is cut back
 * if the rename fails, so the log and the store never disagree. A crash at any moment therefore leaves either the
 * old or the new state, never half of one; temporary leftovers are removed at start-up.
 *
 * <p>A version whose files cannot be trusted is listed as damaged and never served. A store that cannot be written
 * is served read-only (or, holding nothing readable, with the shipped editions in memory) and refuses changes.
 */
public final class FileSystemDatasetStore implements DatasetStore {

	private static final Logger log = LoggerFactory.getLogger(FileSystemDatasetStore.class);

	static final String VERSIONS = "versions";

	static final String ACTIVE = "active";

	static final String SOURCE = "source.csv";

	static final String METADATA = "version.json";

	/** The version's printed aggregates, when the editor gave them (see {@link PrintedAggregates}). */
	static final String AGGREGATES = "aggregates.csv";

	private static final String TEMP_PREFIX = ".tmp-";

	/** Versions other than the active one whose rows are kept in memory. */
	private static final int CACHED_DATASETS = 2;

	/** Who restores the active pointer or records the version found active at start-up. */
	static final String STORE_ITSELF = "pledgewatch (start-up)";

	private final Path root;

	private final Path versionsDir;

	private final DurableFiles files;

	private final AuditLog audit;

	private final VersionFiles versionFiles;

	private final ReentrantLock writeLock = new ReentrantLock(true);

	private final ConcurrentSkipListMap<Integer, DatasetVersion> versions = new ConcurrentSkipListMap<>();

	private final ConcurrentSkipListMap<Integer, DamagedVersion> damaged = new ConcurrentSkipListMap<>();

	private final RecentVersions<Dataset> datasets = new RecentVersions<>(CACHED_DATASETS);

	/** Versions that exist only in memory: the shipped editions when the directory cannot be written. */
	private final Map<Integer, Dataset> inMemory = new ConcurrentHashMap<>();

	/** The highest version directory seen, damaged or not: new versions are numbered past it. */
	private int highestNumber;

	private final @Nullable String notWritable;

	/** How old the last probe of a store that was writable at start may be before it is probed again. */
	static final long REPROBE_NANOS = java.time.Duration.ofSeconds(1).toNanos();

	private final Object probing = new Object();

	/** Why the directory could not be written when last probed while running, or null when it could. */
	private volatile @Nullable String notWritableNow;

	private volatile long probedAt = System.nanoTime();

	private volatile Dataset active;

	FileSystemDatasetStore(Path root, DurableFiles files, List<NewVersion> editions) {
		this.root = root;
		this.versionsDir = root.resolve(VERSIONS);
		this.files = files;
		this.audit = new AuditLog(root, files);
		this.versionFiles = new VersionFiles(versionsDir);
		this.notWritable = probeWritable();
		try {
			if (notWritable == null) {
				removeLeftovers();
			}
			loadVersions();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read the dataset store " + root.toAbsolutePath(), ex);
		}
		if (notWritable != null) {
			this.active = openReadOnly(editions);
		}
		else {
			this.active = openWritable(editions);
		}
		log.info("Dataset store {}: {} version(s), version {} active{}", root.toAbsolutePath(), versions.size(),
				active.version(), damaged.isEmpty() ? "" : ", damaged: " + damaged.keySet());
	}

	/**
	 * Opens (creating if need be) a store and adds the shipped editions it lacks; on an empty store they become
	 * versions 1, 2, … and the newest is activated.
	 */
	public static FileSystemDatasetStore open(Path root, List<NewVersion> editions) {
		return new FileSystemDatasetStore(root, new DurableFiles(), editions);
	}

	@Override
	public Dataset active() {
		return active;
	}

	@Override
	public int activeVersion() {
		return active.version();
	}

	@Override
	public List<DatasetVersion> versions() {
		return List.copyOf(versions.values());
	}

	@Override
	public List<DamagedVersion> damaged() {
		return List.copyOf(damaged.values());
	}

	/**
	 * Probed again at most every second while running (health checks and the versions page ask) and at once after a
	 * failed write: a directory that turns read-only is reported, and one that is fixed is seen again.
	 */
	@Override
	public Optional<String> notWritable() {
		if (notWritable != null) {
			return Optional.of(notWritable);
		}
		return Optional.ofNullable(probeAgain(false));
	}

	private @Nullable String probeAgain(boolean afterFailure) {
		synchronized (probing) {
			long now = System.nanoTime();
			if (afterFailure || now - probedAt >= REPROBE_NANOS) {
				notWritableNow = probeWritable();
				probedAt = now;
			}
			return notWritableNow;
		}
	}

	/** The exception for a failed write, after probing the directory again so health tells the truth at once. */
	private DatasetStoreException failed(String what, Throwable ex, String nothingChanged) {
		DatasetStoreException failure = StoreFailures.of(what, ex, nothingChanged);
		if (notWritable == null) {
			probeAgain(true);
		}
		return failure;
	}

	@Override
	public Optional<DatasetVersion> find(int version) {
		return Optional.ofNullable(versions.get(version));
	}

	@Override
	public Dataset dataset(int version) {
		Dataset shown = active;
		if (shown != null && shown.version() == version) {
			return shown;
		}
		Dataset held = inMemory.get(version);
		if (held != null) {
			return held;
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

	/** How many versions' rows are held besides the active one's: bounded, whatever is asked for. */
	public int cachedDatasets() {
		return datasets.size();
	}

	@Override
	public DatasetVersion add(NewVersion candidate) {
		writeLock.lock();
		try {
			requireWritable();
			int number = highestNumber + 1;
			DatasetVersion version = VersionSummary.of(number, candidate, Instant.now());
			Path temp = versionsDir.resolve(TEMP_PREFIX + number + "-" + UUID.randomUUID());
			long auditLength = -1;
			try {
				Files.createDirectory(temp);
				files.write(temp.resolve(SOURCE), candidate.content());
				if (!candidate.aggregates().isEmpty()) {
					files.write(temp.resolve(AGGREGATES), candidate.aggregates().csv());
				}
				files.write(temp.resolve(METADATA), StoreDocuments.metadata(version));
				files.syncDirectory(temp);
				auditLength = audit.uploaded(version);
				files.moveAtomically(temp, versionDir(number));
			}
			catch (IOException | RuntimeException ex) {
				deleteQuietly(temp);
				if (auditLength >= 0) {
					audit.undo(auditLength);
				}
				throw failed("Could not store dataset version " + number, ex,
						"The server has no room to store this version; nothing was changed.");
			}
			highestNumber = number;
			datasets.put(number, new Dataset(number, candidate.rows(), version.citation(), candidate.aggregates()));
			versions.put(number, version);
			return version;
		}
		finally {
			writeLock.unlock();
		}
	}

	@Override
	public DatasetVersion activate(int version, String activatedBy) {
		writeLock.lock();
		try {
			requireWritable();
			Dataset dataset = dataset(version);
			writePointer(version, activatedBy, active == null ? null : active.version());
			active = dataset;
			return versions.get(version);
		}
		finally {
			writeLock.unlock();
		}
	}

	@Override
	public void discard(int version, String discardedBy) {
		writeLock.lock();
		try {
			requireWritable();
			if (!versions.containsKey(version)) {
				throw new UnknownVersionException(version);
			}
			try {
				audit.discarded(version, discardedBy);
			}
			catch (IOException | RuntimeException ex) {
				throw failed("Could not discard dataset version " + version, ex,
						"The server has no room to record this; nothing was changed.");
			}
		}
		finally {
			writeLock.unlock();
		}
	}

	@Override
	public List<AuditEntry> auditEntries() {
		return audit.entries();
	}

	@Override
	public Optional<byte[]> derived(int version, String name) {
		try {
			return Optional.of(Files.readAllBytes(versionDir(version).resolve(name)));
		}
		catch (IOException ex) {
			return Optional.empty();
		}
	}

	@Override
	public void saveDerived(int version, String name, byte[] content) {
		if (notWritable != null || !versions.containsKey(version) || inMemory.containsKey(version)) {
			return;
		}
		Path temp = versionsDir.resolve(TEMP_PREFIX + name + "-" + UUID.randomUUID());
		try {
			files.write(temp, content);
			files.moveAtomically(temp, versionDir(version).resolve(name));
		}
		catch (IOException | RuntimeException ex) {
			deleteQuietly(temp);
			log.warn("Could not save {} for dataset version {} ({}); it will be computed again", name, version,
					StoreFailures.reason(ex));
		}
	}

	/** The pointer and its audit line, both or neither. */
	private void writePointer(int version, String by, @Nullable Integer previous) {
		Path temp = root.resolve(TEMP_PREFIX + ACTIVE + "-" + UUID.randomUUID());
		long auditLength = -1;
		try {
			files.write(temp, (version + "\n").getBytes(StandardCharsets.US_ASCII));
			auditLength = audit.activated(version, by, previous);
			files.moveAtomically(temp, root.resolve(ACTIVE));
		}
		catch (IOException | RuntimeException ex) {
			deleteQuietly(temp);
			if (auditLength >= 0) {
				audit.undo(auditLength);
			}
			throw failed("Could not activate dataset version " + version, ex,
					"The server has no room to record this activation; nothing was changed, version "
							+ (previous == null ? "" : previous + " ") + "is still active.");
		}
	}

	private void requireWritable() {
		if (notWritable != null) {
			throw new StoreNotWritableException("The dataset store cannot be written (" + notWritable
					+ "); nothing was changed. Fix the directory and restart the application.", null);
		}
	}

	private Dataset openWritable(List<NewVersion> editions) {
		boolean noneReadable = versions.isEmpty();
		for (NewVersion edition : ShippedEditions.missingFrom(versions(), editions)) {
			log.info("Adding the shipped edition {} as a new version", edition.filename());
			add(edition);
		}
		if (versions.isEmpty()) {
			throw new IllegalStateException("No readable dataset version in " + root.toAbsolutePath());
		}
		if (noneReadable) {
			if (!damaged.isEmpty()) {
				log.error("No stored dataset version is readable (damaged: {}); added the shipped editions and "
						+ "activated version {}", describe(damaged.values()), versions.lastKey());
			}
			activate(versions.lastKey(), ShippedDataset.SHIPPED_BY);
			return active;
		}
		return new ActiveRestorer().restore(true);
	}

	private Dataset openReadOnly(List<NewVersion> editions) {
		log.error("The dataset store {} cannot be written ({}): serving what it holds read-only; uploads and "
				+ "activations are refused until it can be written and the application is restarted",
				root.toAbsolutePath(), notWritable);
		if (!versions.isEmpty()) {
			return new ActiveRestorer().restore(false);
		}
		for (NewVersion edition : editions) {
			int number = ++highestNumber;
			DatasetVersion version = VersionSummary.of(number, edition, Instant.now());
			versions.put(number, version);
			inMemory.put(number, new Dataset(number, edition.rows(), version.citation(), edition.aggregates()));
		}
		log.error("No stored dataset version is readable{}: serving the shipped editions from memory as versions {}",
				damaged.isEmpty() ? "" : " (damaged: " + describe(damaged.values()) + ")", versions.keySet());
		return inMemory.get(versions.lastKey());
	}

	/**
	 * Finds the active version: the pointer's, else the last activation in the audit log, else the newest readable
	 * version. The pointer is the truth, so when it had to be restored it is rewritten (and the audit log made to
	 * agree with it) where the store can be written.
	 */
	private final class ActiveRestorer {

		Dataset restore(boolean rewrite) {
			Path pointer = root.resolve(ACTIVE);
			String problem;
			try {
				String text = Files.readString(pointer, StandardCharsets.US_ASCII).strip();
				if (text.isEmpty()) {
					problem = "is empty";
				}
				else {
					int number = Integer.parseInt(text);
					Optional<Dataset> pointed = readable(number);
					if (pointed.isPresent()) {
						agreeAuditWith(number, rewrite);
						return pointed.get();
					}
					DamagedVersion damage = damaged.get(number);
					problem = "names version " + number + (damage == null ? ", which does not exist"
							: ", which is damaged (" + damage.reason() + ")");
				}
			}
			catch (NoSuchFileException ex) {
				problem = "is missing";
			}
			catch (IOException | NumberFormatException ex) {
				problem = "cannot be read (" + ex.getMessage() + ")";
			}
			List<Integer> activations = audit.activations();
			for (Integer number : new LinkedHashSet<>(activations)) {
				Optional<Dataset> found = readable(number);
				if (found.isPresent()) {
					return restored(found.get(), problem, "the last activation in the audit log", rewrite,
							activations);
				}
			}
			for (Integer number : versions.descendingKeySet()) {
				Optional<Dataset> found = readable(number);
				if (found.isPresent()) {
					return restored(found.get(), problem, "the newest readable version (the audit log records "
							+ "no activation of a readable version)", rewrite, activations);
				}
			}
			throw new IllegalStateException("No readable dataset version in " + root.toAbsolutePath());
		}

		private Dataset restored(Dataset dataset, String problem, String from, boolean rewrite,
				List<Integer> activations) {
			// The log already says so when its last activation is the version restored; otherwise it is told.
			boolean audited = activations.isEmpty() || activations.get(0) != dataset.version();
			log.warn("The active version pointer {} {}; restored version {} from {}{}", root.resolve(ACTIVE), problem,
					dataset.version(), from, rewrite ? " and rewrote it" : " (the store cannot be written)");
			if (rewrite) {
				try {
					if (audited) {
						writePointer(dataset.version(), STORE_ITSELF, null);
					}
					else {
						files.write(root.resolve(TEMP_PREFIX + ACTIVE + "-restore"),
								(dataset.version() + "\n").getBytes(StandardCharsets.US_ASCII));
						files.moveAtomically(root.resolve(TEMP_PREFIX + ACTIVE + "-restore"), root.resolve(ACTIVE));
					}
				}
				catch (IOException | RuntimeException ex) {
					deleteQuietly(root.resolve(TEMP_PREFIX + ACTIVE + "-restore"));
					log.error("Could not rewrite the active version pointer: {}", StoreFailures.reason(ex));
				}
			}
			return dataset;
		}

		/** A crash between the audit line and the pointer's rename leaves the log ahead: the pointer wins. */
		private void agreeAuditWith(int number, boolean rewrite) {
			List<Integer> activations = audit.activations();
			if (!rewrite || (!activations.isEmpty() && activations.get(0) == number)) {
				return;
			}
			log.warn("The audit log's last activation ({}) is not the active version {}; recording it",
					activations.isEmpty() ? "none" : activations.get(0), number);
			try {
				audit.activated(number, STORE_ITSELF, activations.isEmpty() ? null : activations.get(0));
			}
			catch (IOException ex) {
				log.error("Could not write the audit log: {}", StoreFailures.reason(ex));
			}
		}

		private Optional<Dataset> readable(int number) {
			if (!versions.containsKey(number) && !inMemory.containsKey(number)) {
				return Optional.empty();
			}
			try {
				return Optional.of(dataset(number));
			}
			catch (RuntimeException ex) {
				return Optional.empty();
			}
		}

	}

	private static String describe(java.util.Collection<DamagedVersion> versions) {
		return versions.stream().map(d -> d.version() + " (" + d.reason() + ")").toList().toString();
	}

	private Path versionDir(int number) {
		return versionFiles.dir(number);
	}

	/** Null when the directory can be written; else why not. */
	private @Nullable String probeWritable() {
		Path probe = root.resolve(TEMP_PREFIX + "probe-" + UUID.randomUUID());
		try {
			Files.createDirectories(versionsDir);
			files.write(probe, new byte[0]);
			Files.delete(probe);
			return null;
		}
		catch (IOException | RuntimeException ex) {
			deleteQuietly(probe);
			return StoreFailures.reason(ex);
		}
	}

	private void loadVersions() throws IOException {
		if (!Files.isDirectory(versionsDir)) {
			return;
		}
		try (var entries = Files.list(versionsDir)) {
			for (Path dir : entries.filter(Files::isDirectory).toList()) {
				String name = dir.getFileName().toString();
				if (!name.matches("\\d{1,9}")) {
					continue;
				}
				int number = Integer.parseInt(name);
				highestNumber = Math.max(highestNumber, number);
				try {
					versions.put(number, versionFiles.check(number));
				}
				catch (DamagedVersionException ex) {
					markDamaged(ex.damage());
				}
			}
		}
	}

	private void markDamaged(DamagedVersion damage) {
		log.error("Dataset version {} is damaged and will not be served: {}", damage.version(), damage.reason());
		damaged.put(damage.version(), damage);
		versions.remove(damage.version());
		datasets.remove(damage.version());
	}

	private Dataset readDataset(int number) {
		DatasetVersion version = versions.get(number);
		if (version == null) {
			throw new UnknownVersionException(number);
		}
		return versionFiles.read(version);
	}

	/** Temporary files and directories are what a crash mid-write leaves; they were never part of the store. */
	private void removeLeftovers() throws IOException {
		for (Path dir : List.of(root, versionsDir)) {
			try (var entries = Files.list(dir)) {
				for (Path leftover : entries.filter(p -> p.getFileName().toString().startsWith(TEMP_PREFIX)).toList()) {
					log.warn("Removing {} left by an interrupted write", leftover);
					deleteQuietly(leftover);
				}
			}
		}
	}

	private static void deleteQuietly(@Nullable Path path) {
		if (path == null || !Files.exists(path)) {
			return;
		}
		try (var walk = Files.walk(path)) {
			for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
				Files.deleteIfExists(p);
			}
		}
		catch (IOException ex) {
			log.warn("Could not delete {}: {}", path, ex.getMessage());
		}
	}

}
