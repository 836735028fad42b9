package org.pledgewatch.dataset;

/** A source field of an upload (source, sourceUrl, notes, dataAsOf) cannot be recorded as given. */
public class InvalidSourceException extends IllegalArgumentException {

	public InvalidSourceException(String message) {
		super(message);
	}

}
