package org.pledgewatch.dataset;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Moves a file store's directory into the database, in one transaction: every readable version with its number and
 * metadata as recorded, the audit log line by line, and the active pointer. Running it again changes nothing: a
 * version already in the database with the same number and SHA-256 is skipped, an audit entry already there is not
 * added twice, and the pointer is set only when the import added a version or the database has none. A number the
 * database holds with a different file stops the import, and nothing is imported.
 */
final class FileStoreImport {

	private static final Logger log = LoggerFactory.getLogger(FileStoreImport.class);

	/** Who is recorded as having set the active version from the imported pointer. */
	static final String IMPORTED_BY = "pledgewatch (import)";

	private final Path root;

	FileStoreImport(Path root) {
		this.root = root;
	}

	/** @return how many versions were added */
	int into(Connection c) throws SQLException {
		if (!Files.isDirectory(root.resolve(FileSystemDatasetStore.VERSIONS))) {
			throw new IllegalStateException("Cannot import " + root.toAbsolutePath()
					+ ": it is not a dataset store directory (no " + FileSystemDatasetStore.VERSIONS + "/)");
		}
		DatasetTables.lockWrites(c);
		Map<Integer, String> stored = DatasetTables.recordedHashes(c);
		VersionFiles files = new VersionFiles(root.resolve(FileSystemDatasetStore.VERSIONS));
		int added = 0;
		int skipped = 0;
		for (int number : versionNumbers()) {
			DatasetVersion version;
			try {
				version = files.check(number);
			}
			catch (DamagedVersionException ex) {
				log.warn("Not importing dataset version {}: it is damaged ({})", number, ex.damage().reason());
				continue;
			}
			String there = stored.get(number);
			if (there != null && !there.equals(version.sha256())) {
				throw new IllegalStateException("Cannot import " + root.toAbsolutePath() + ": the database's version "
						+ number + " is a different file (SHA-256 " + there + ", the directory's " + version.sha256()
						+ "); nothing was imported");
			}
			if (there != null) {
				skipped++;
				continue;
			}
			DatasetTables.insertVersion(c, version, read(files.dir(number).resolve(FileSystemDatasetStore.SOURCE)));
			added++;
		}
		int entries = 0;
		for (AuditEntry entry : auditEntries()) {
			if (DatasetTables.appendAuditOnce(c, entry)) {
				entries++;
			}
		}
		Integer pointer = pointer();
		Integer current = DatasetTables.activeVersion(c);
		boolean point = pointer != null && (added > 0 || current == null)
				&& DatasetTables.recordedHashes(c).containsKey(pointer);
		if (point) {
			DatasetTables.setActiveVersion(c, pointer);
			DatasetTables.appendAudit(c, AuditEntry.activation(pointer, IMPORTED_BY, current));
			DatasetTables.notifyChange(c, "imported");
		}
		log.info("Imported the file store {}: {} version(s) added, {} already there, {} audit entries added{}",
				root.toAbsolutePath(), added, skipped, entries, point ? ", version " + pointer + " active" : "");
		return added;
	}

	private List<Integer> versionNumbers() {
		try (var entries = Files.list(root.resolve(FileSystemDatasetStore.VERSIONS))) {
			return entries.filter(Files::isDirectory)
				.map(p -> p.getFileName().toString())
				.filter(name -> name.matches("\\d{1,9}"))
				.map(Integer::parseInt)
				.sorted()
				.toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read " + root.toAbsolutePath(), ex);
		}
	}

	private List<AuditEntry> auditEntries() {
		List<String> lines;
		try {
			lines = Files.readAllLines(root.resolve(AuditLog.FILE_NAME), StandardCharsets.UTF_8);
		}
		catch (NoSuchFileException ex) {
			return List.of();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read the audit log in " + root.toAbsolutePath(), ex);
		}
		return AuditLog.parse(lines, root.resolve(AuditLog.FILE_NAME));
	}

	private @Nullable Integer pointer() {
		try {
			return Integer.parseInt(
					Files.readString(root.resolve(FileSystemDatasetStore.ACTIVE), StandardCharsets.US_ASCII).strip());
		}
		catch (IOException | NumberFormatException ex) {
			log.warn("The file store's active pointer cannot be read ({}); the database's is kept", ex.getMessage());
			return null;
		}
	}

	private static byte[] read(Path file) {
		try {
			return Files.readAllBytes(file);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
