package org.pledgewatch.compliance;

/** The dataset has no figures for the requested year. */
public class UnknownYearException extends RuntimeException {

	public UnknownYearException(int year, int first, int last) {
		super("No figures for " + year + ": the dataset covers " + first + "–" + last + ".");
	}

}
