package org.pledgewatch.dataset;

import java.nio.charset.StandardCharsets;

/**
 * Tells whether a version's row can be trusted, as {@link VersionFiles} does for a directory: its metadata parses and
 * names it, and its content has the SHA-256 recorded and still parses. Anything else is a
 * {@link DamagedVersionException} with a reason a reader can act on.
 */
final class VersionRows {

	private VersionRows() {
	}

	/** The version's metadata, once its row is found to hold the file recorded. */
	static DatasetVersion check(DatasetTables.StoredRow row) {
		DatasetVersion version;
		try {
			version = StoreDocuments.metadata(row.metadata().getBytes(StandardCharsets.UTF_8));
		}
		catch (RuntimeException ex) {
			throw damage(row.version(), "its metadata cannot be read");
		}
		if (version.version() != row.version()) {
			throw damage(row.version(), "its metadata names version " + version.version());
		}
		if (!row.contentSha256().equals(version.sha256()) || !row.sha256().equals(version.sha256())) {
			throw altered(row.version(), row.length());
		}
		return version;
	}

	/** The version's rows, parsed again from its content. */
	static Dataset read(DatasetVersion version, byte[] content) {
		if (!VersionSummary.sha256(content).equals(version.sha256())) {
			throw altered(version.version(), content.length);
		}
		ParsedDataset parsed = new DatasetCsvParser().parse(content);
		if (!parsed.valid()) {
			throw damage(version.version(), "its file no longer parses (" + parsed.errorCount() + " errors)");
		}
		// This store keeps no aggregates of its own: a shipped edition's printed ones are found by its SHA-256.
		return new Dataset(version.version(), parsed.rows(), version.citation(),
				ShippedDataset.printedAggregates(version.sha256()));
	}

	private static DamagedVersionException altered(int number, int length) {
		return damage(number,
				"its file does not match its recorded SHA-256 (truncated or altered: " + length + " bytes)");
	}

	private static DamagedVersionException damage(int number, String reason) {
		return new DamagedVersionException(new DamagedVersion(number, reason));
	}

}
