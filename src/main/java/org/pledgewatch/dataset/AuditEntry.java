package org.pledgewatch.dataset;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * One line of a store's audit log. Any {@link DatasetStore} keeps these, so that what is derived from them (which
 * versions are drafts, which were discarded: {@link VersionStates}) is the same whatever the store.
 *
 * @param at when
 * @param action {@link #UPLOAD}, {@link #ACTIVATE} or {@link #DISCARD}
 * @param version the version uploaded, activated or discarded
 * @param by the editor
 * @param filename the uploaded file's name (uploads)
 * @param sha256 the uploaded file's hash (uploads)
 * @param previous the version active before (activations)
 */
public record AuditEntry(Instant at, String action, int version, String by, @Nullable String filename,
		@Nullable String sha256, @Nullable Integer previous) {

	public static final String UPLOAD = "upload";

	public static final String ACTIVATE = "activate";

	/** A draft set aside by an editor: kept in the store, no longer listed. */
	public static final String DISCARD = "discard";

	static AuditEntry upload(DatasetVersion version) {
		return new AuditEntry(Instant.now(), UPLOAD, version.version(), version.uploadedBy(), version.filename(),
				version.sha256(), null);
	}

	static AuditEntry activation(int version, String by, @Nullable Integer previous) {
		return new AuditEntry(Instant.now(), ACTIVATE, version, by, null, null, previous);
	}

	static AuditEntry discard(int version, String by) {
		return new AuditEntry(Instant.now(), DISCARD, version, by, null, null, null);
	}

}
