package org.pledgewatch.dataset;

/**
 * An upload was stored as a new version but could not be made active: the version exists, is listed and can be
 * activated once the cause is fixed. Saying "not stored" here would invite a retry that stores another copy.
 */
public class StoredNotActivatedException extends RuntimeException {

	private final int version;

	private final DatasetStoreException reason;

	public StoredNotActivatedException(int version, DatasetStoreException reason) {
		super("Version " + version + " was stored but could not be made active: " + reason.getMessage()
				+ " It is listed with the other versions and can be activated once that is fixed.", reason);
		this.version = version;
		this.reason = reason;
	}

	public int version() {
		return version;
	}

	/** Why activation failed: {@link NoRoomException}, {@link StoreNotWritableException} or another store failure. */
	public DatasetStoreException reason() {
		return reason;
	}

}
