package org.pledgewatch.dataset;

import tools.jackson.databind.json.JsonMapper;

/**
 * The JSON documents every store keeps, written and read in one place: a version's metadata (the file store's
 * {@code version.json}, the database's {@code metadata} column) and an audit log entry (a line of
 * {@code audit.jsonl}, the database's {@code entry} column). A field added to {@link DatasetVersion} or
 * {@link AuditEntry} therefore reaches both stores unchanged.
 */
final class StoreDocuments {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private StoreDocuments() {
	}

	static byte[] metadata(DatasetVersion version) {
		return JSON.writeValueAsBytes(version);
	}

	/** @throws RuntimeException when the document cannot be read as a version's metadata */
	static DatasetVersion metadata(byte[] document) {
		return JSON.readValue(document, DatasetVersion.class);
	}

	static String auditEntry(AuditEntry entry) {
		return JSON.writeValueAsString(entry);
	}

	/** @throws RuntimeException when the document cannot be read as an audit entry */
	static AuditEntry auditEntry(String document) {
		return JSON.readValue(document, AuditEntry.class);
	}

}
