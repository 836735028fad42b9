package org.pledgewatch.dataset;

/** The store could not be read or written (disk full, permissions...): the active version is unchanged. */
public class DatasetStoreException extends RuntimeException {

	public DatasetStoreException(String message, Throwable cause) {
		super(message, cause);
	}

}
