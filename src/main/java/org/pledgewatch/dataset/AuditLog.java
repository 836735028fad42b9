package org.pledgewatch.dataset;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An append-only log of uploads and activations, one JSON object a line, forced to disk line by line. A line is
 * written whole or not at all: a failed append is cut back, so a full disk never leaves half a line for the next
 * entry to be glued to.
 */
final class AuditLog {

	private static final Logger log = LoggerFactory.getLogger(AuditLog.class);

	static final String FILE_NAME = "audit.jsonl";

	private final Path file;

	private final DurableFiles files;

	private volatile @Nullable Read lastRead;

	AuditLog(Path storeDir, DurableFiles files) {
		this.file = storeDir.resolve(FILE_NAME);
		this.files = files;
	}

	/** @return where the log ended before, for {@link #undo} */
	long uploaded(DatasetVersion version) throws IOException {
		return append(AuditEntry.upload(version));
	}

	/** @return where the log ended before, for {@link #undo} */
	long activated(int version, String by, @Nullable Integer previous) throws IOException {
		return append(AuditEntry.activation(version, by, previous));
	}

	void discarded(int version, String by) throws IOException {
		append(AuditEntry.discard(version, by));
	}

	/** Removes what was appended since the log ended at {@code length}: the change it recorded did not happen. */
	void undo(long length) {
		try {
			files.truncate(file, length);
		}
		catch (IOException ex) {
			log.error("Could not remove the last line of the audit log {}: {}", file, ex.getMessage());
		}
	}

	/** The versions activated, the latest activation first; lines that cannot be read are skipped. */
	List<Integer> activations() {
		List<Integer> activated = new ArrayList<>();
		List<AuditEntry> entries = entries();
		for (int i = entries.size() - 1; i >= 0; i--) {
			if (AuditEntry.ACTIVATE.equals(entries.get(i).action())) {
				activated.add(entries.get(i).version());
			}
		}
		return activated;
	}

	/** Every readable line, oldest first; lines that cannot be read are skipped. */
	List<AuditEntry> entries() {
		List<String> lines;
		try {
			// Read once per change of the file (size and time), not per request that asks which versions are drafts.
			BasicFileAttributes seen = Files.readAttributes(file, BasicFileAttributes.class);
			String stamp = seen.size() + "@" + seen.lastModifiedTime();
			Read known = lastRead;
			if (known != null && known.stamp().equals(stamp)) {
				return known.entries();
			}
			lines = Files.readAllLines(file, StandardCharsets.UTF_8);
			List<AuditEntry> entries = List.copyOf(parse(lines, file));
			lastRead = new Read(stamp, entries);
			return entries;
		}
		catch (NoSuchFileException ex) {
			return List.of();
		}
		catch (IOException | RuntimeException ex) {
			log.error("Cannot read the audit log {}: {}", file, ex.getMessage());
			return List.of();
		}
	}

	/** The entries as read when the file had this size and modification time. */
	private record Read(String stamp, List<AuditEntry> entries) {
	}

	/** The entries of a log's lines, oldest first; blank and unreadable lines are skipped (and logged). */
	static List<AuditEntry> parse(List<String> lines, Path file) {
		List<AuditEntry> entries = new ArrayList<>();
		for (int i = 0; i < lines.size(); i++) {
			if (lines.get(i).isBlank()) {
				continue;
			}
			try {
				entries.add(StoreDocuments.auditEntry(lines.get(i)));
			}
			catch (RuntimeException ex) {
				log.warn("Skipping unreadable line {} of the audit log {}", i + 1, file);
			}
		}
		return entries;
	}

	private long append(AuditEntry entry) throws IOException {
		long length = Files.exists(file) ? Files.size(file) : 0;
		String text = StoreDocuments.auditEntry(entry) + "\n";
		if (length > 0 && !endsWithNewline()) {
			// A line torn by an older version of this app or a crash: start afresh rather than glue onto it.
			text = "\n" + text;
		}
		try {
			files.append(file, text.getBytes(StandardCharsets.UTF_8));
		}
		catch (IOException | RuntimeException ex) {
			undo(length);
			throw ex;
		}
		return length;
	}

	private boolean endsWithNewline() throws IOException {
		try (var channel = java.nio.channels.FileChannel.open(file)) {
			java.nio.ByteBuffer last = java.nio.ByteBuffer.allocate(1);
			channel.read(last, channel.size() - 1);
			return last.get(0) == '\n';
		}
	}

}
