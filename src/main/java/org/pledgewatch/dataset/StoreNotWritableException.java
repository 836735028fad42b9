package org.pledgewatch.dataset;

import org.jspecify.annotations.Nullable;

/** The store directory cannot be written (read-only file system, wrong owner): nothing was changed. */
public class StoreNotWritableException extends DatasetStoreException {

	public StoreNotWritableException(String message, @Nullable Throwable cause) {
		super(message, cause);
	}

}
