package org.pledgewatch.compliance;

/** The dataset has no ally with the requested iso3 code. */
public class UnknownCountryException extends ExplainedException {

	public UnknownCountryException(String iso3) {
		super("error.unknownCountry", "No ally with the code \"" + iso3 + "\" in the dataset.", iso3);
	}

}
