package org.pledgewatch.dataset;

/** A dataset version was asked for that the store does not have. */
public class UnknownVersionException extends RuntimeException {

	public UnknownVersionException(int version) {
		super("There is no dataset version " + version + ".");
	}

}
