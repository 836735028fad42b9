package org.pledgewatch.dataset;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;

/** An append-only log of uploads and activations, one JSON object a line, forced to disk line by line. */
final class AuditLog {

	static final String FILE_NAME = "audit.jsonl";

	private final Path file;

	private final DurableFiles files;

	private final JsonMapper json;

	AuditLog(Path storeDir, DurableFiles files, JsonMapper json) {
		this.file = storeDir.resolve(FILE_NAME);
		this.files = files;
		this.json = json;
	}

	void uploaded(DatasetVersion version) {
		append(new Entry(Instant.now(), "upload", version.version(), version.uploadedBy(), version.filename(),
				version.sha256(), null));
	}

	void activated(int version, String by, @Nullable Integer previous) {
		append(new Entry(Instant.now(), "activate", version, by, null, null, previous));
	}

	private void append(Entry entry) {
		byte[] line = (json.writeValueAsString(entry) + "\n").getBytes(StandardCharsets.UTF_8);
		try {
			files.append(file, line);
		}
		catch (IOException ex) {
			throw new DatasetStoreException("Could not write the audit log " + file, ex);
		}
	}

	/**
	 * One line of the log.
	 *
	 * @param at when
	 * @param action {@code upload} or {@code activate}
	 * @param version the version uploaded or activated
	 * @param by the editor
	 * @param filename the uploaded file's name (uploads)
	 * @param sha256 the uploaded file's hash (uploads)
	 * @param previous the version active before (activations)
	 */
	record Entry(Instant at, String action, int version, String by, @Nullable String filename,
			@Nullable String sha256, @Nullable Integer previous) {
	}

}
