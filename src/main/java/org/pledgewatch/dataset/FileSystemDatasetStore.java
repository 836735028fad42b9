package org.pledgewatch.dataset;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
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
import tools.jackson.databind.json.JsonMapper;

/**
 * Dataset versions in a directory:
 *
 * <pre>
 * store/
 *   versions/0001/source.csv     the file exactly as uploaded (version 1: the shipped dataset)
 *   versions/0001/version.json   its {@link DatasetVersion} metadata
 *   active                       the active version number
 *   audit.jsonl                  who uploaded or activated what, when
 * </pre>
 *
 * A version is written in a temporary directory, forced to disk, then renamed into place; the active pointer is
 * written to a temporary file, forced, then renamed over the old one. A crash at any moment therefore leaves either
 * the old or the new state, never half of one; temporary leftovers are removed at start-up.
 */
public final class FileSystemDatasetStore implements DatasetStore {

	private static final Logger log = LoggerFactory.getLogger(FileSystemDatasetStore.class);

	static final String VERSIONS = "versions";

	static final String ACTIVE = "active";

	static final String SOURCE = "source.csv";

	static final String METADATA = "version.json";

	private static final String TEMP_PREFIX = ".tmp-";

	private final Path root;

	private final Path versionsDir;

	private final DurableFiles files;

	private final JsonMapper json = JsonMapper.builder().build();

	private final AuditLog audit;

	private final ReentrantLock writeLock = new ReentrantLock(true);

	private final ConcurrentSkipListMap<Integer, DatasetVersion> versions = new ConcurrentSkipListMap<>();

	private final Map<Integer, Dataset> datasets = new ConcurrentHashMap<>();

	private volatile Dataset active;

	FileSystemDatasetStore(Path root, DurableFiles files, List<NewVersion> editions) {
		this.root = root;
		this.versionsDir = root.resolve(VERSIONS);
		this.files = files;
		this.audit = new AuditLog(root, files, json);
		try {
			Files.createDirectories(versionsDir);
			removeLeftovers();
			loadVersions();
			boolean fresh = versions.isEmpty();
			for (NewVersion edition : ShippedEditions.missingFrom(versions(), editions)) {
				log.info("Adding the shipped edition {} as a new version", edition.filename());
				add(edition);
			}
			if (fresh && !versions.isEmpty()) {
				activate(versions.lastKey(), ShippedDataset.SHIPPED_BY);
			}
			this.active = dataset(readActivePointer());
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot open the dataset store " + root.toAbsolutePath(), ex);
		}
		log.info("Dataset store {}: {} version(s), version {} active", root.toAbsolutePath(), versions.size(),
				active.version());
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
	public Optional<DatasetVersion> find(int version) {
		return Optional.ofNullable(versions.get(version));
	}

	@Override
	public Dataset dataset(int version) {
		if (!versions.containsKey(version)) {
			throw new UnknownVersionException(version);
		}
		return datasets.computeIfAbsent(version, this::readDataset);
	}

	@Override
	public DatasetVersion add(NewVersion candidate) {
		writeLock.lock();
		try {
			int number = versions.isEmpty() ? 1 : versions.lastKey() + 1;
			DatasetVersion version = VersionSummary.of(number, candidate, Instant.now());
			Path temp = versionsDir.resolve(TEMP_PREFIX + number + "-" + UUID.randomUUID());
			try {
				Files.createDirectory(temp);
				files.write(temp.resolve(SOURCE), candidate.content());
				files.write(temp.resolve(METADATA), json.writeValueAsBytes(version));
				files.syncDirectory(temp);
				files.moveAtomically(temp, versionDir(number));
			}
			catch (IOException | RuntimeException ex) {
				deleteQuietly(temp);
				throw new DatasetStoreException("Could not store dataset version " + number, ex);
			}
			datasets.put(number, new Dataset(number, candidate.rows(), version.citation()));
			versions.put(number, version);
			audit.uploaded(version);
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
			Dataset dataset = dataset(version);
			Integer previous = active == null ? null : active.version();
			Path temp = root.resolve(TEMP_PREFIX + ACTIVE + "-" + UUID.randomUUID());
			try {
				files.write(temp, (version + "\n").getBytes(StandardCharsets.US_ASCII));
				files.moveAtomically(temp, root.resolve(ACTIVE));
			}
			catch (IOException | RuntimeException ex) {
				deleteQuietly(temp);
				throw new DatasetStoreException("Could not activate dataset version " + version, ex);
			}
			active = dataset;
			audit.activated(version, activatedBy, previous);
			return versions.get(version);
		}
		finally {
			writeLock.unlock();
		}
	}

	private Path versionDir(int number) {
		return versionsDir.resolve(String.format("%04d", number));
	}

	private void loadVersions() throws IOException {
		try (var entries = Files.list(versionsDir)) {
			for (Path dir : entries.filter(Files::isDirectory).toList()) {
				String name = dir.getFileName().toString();
				if (!name.matches("\\d+")) {
					continue;
				}
				try {
					DatasetVersion version = json.readValue(Files.readAllBytes(dir.resolve(METADATA)),
							DatasetVersion.class);
					if (version.version() != Integer.parseInt(name)) {
						throw new IllegalStateException("metadata names version " + version.version());
					}
					versions.put(version.version(), version);
				}
				catch (IOException | RuntimeException ex) {
					log.error("Ignoring unreadable dataset version directory {}: {}", dir, ex.getMessage());
				}
			}
		}
	}

	/** The active version from the pointer, or the newest readable one when the pointer is missing or bad. */
	private int readActivePointer() {
		Path pointer = root.resolve(ACTIVE);
		try {
			int number = Integer.parseInt(Files.readString(pointer, StandardCharsets.US_ASCII).strip());
			dataset(number);
			return number;
		}
		catch (IOException | RuntimeException ex) {
			log.error("Active version pointer {} is unreadable ({}); using the newest readable version", pointer,
					ex.getMessage());
		}
		for (Integer number : versions.descendingKeySet()) {
			try {
				dataset(number);
				return number;
			}
			catch (RuntimeException ex) {
				log.error("Dataset version {} is unreadable: {}", number, ex.getMessage());
			}
		}
		throw new IllegalStateException("No readable dataset version in " + root.toAbsolutePath());
	}

	private Dataset readDataset(int number) {
		DatasetVersion version = versions.get(number);
		byte[] content;
		try {
			content = Files.readAllBytes(versionDir(number).resolve(SOURCE));
		}
		catch (IOException ex) {
			throw new DatasetStoreException("Cannot read dataset version " + number, ex);
		}
		if (version == null || !VersionSummary.sha256(content).equals(version.sha256())) {
			throw new IllegalStateException("Dataset version " + number + " does not match its recorded sha256");
		}
		ParsedDataset parsed = new DatasetCsvParser().parse(content);
		if (!parsed.valid()) {
			throw new IllegalStateException("Dataset version " + number + " no longer parses: " + parsed.errors());
		}
		return new Dataset(number, parsed.rows(), version.citation());
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
