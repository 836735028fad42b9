package org.pledgewatch.compliance;

/** The dataset has no figures for the requested year. */
public class UnknownYearException extends ExplainedException {

	public UnknownYearException(int year, int first, int last) {
		super("error.unknownYear", "No figures for " + year + ": the dataset covers " + first + "–" + last + ".", year,
				first, last);
	}

}
