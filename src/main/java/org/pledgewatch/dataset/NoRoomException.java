package org.pledgewatch.dataset;

/** The disk (or the quota) is full: the write was undone and nothing was changed. */
public class NoRoomException extends DatasetStoreException {

	public NoRoomException(String message, Throwable cause) {
		super(message, cause);
	}

}
