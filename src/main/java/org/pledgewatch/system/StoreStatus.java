package org.pledgewatch.system;

import org.pledgewatch.dataset.DatasetStoreException;
import org.pledgewatch.dataset.NoRoomException;
import org.pledgewatch.dataset.StoreNotWritableException;
import org.springframework.http.HttpStatus;

/** One answer per kind of store failure, for the API and the pages alike. */
public final class StoreStatus {

	private StoreStatus() {
	}

	/** 507 when the disk is full, 503 when the store cannot be written, else 500. */
	public static HttpStatus of(DatasetStoreException ex) {
		if (ex instanceof NoRoomException) {
			return HttpStatus.INSUFFICIENT_STORAGE;
		}
		if (ex instanceof StoreNotWritableException) {
			return HttpStatus.SERVICE_UNAVAILABLE;
		}
		return HttpStatus.INTERNAL_SERVER_ERROR;
	}

}
