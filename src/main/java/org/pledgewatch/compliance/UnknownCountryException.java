package org.pledgewatch.compliance;

/** The dataset has no ally with the requested iso3 code. */
public class UnknownCountryException extends RuntimeException {

	public UnknownCountryException(String iso3) {
		super("No ally with the code \"" + iso3 + "\" in the dataset.");
	}

}
