package org.pledgewatch.dataset;

import org.jspecify.annotations.Nullable;

/**
 * The store could not be written or read (disk full, permissions...): what was being written was undone, so the
 * active version and the list of versions are unchanged.
 */
public class DatasetStoreException extends RuntimeException {

	public DatasetStoreException(String message, @Nullable Throwable cause) {
		super(message, cause);
	}

}
