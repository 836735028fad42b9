package org.pledgewatch.compliance;

/** A target that is not a number above 0 and at most 100 with at most two decimals. */
public class InvalidTargetException extends ExplainedException {

	public InvalidTargetException(String value) {
		super("error.invalidTarget",
				"The target must be a number above 0 and at most 100 (percent of GDP), e.g. target=2 or target=3.5; got \""
						+ value + "\".",
				value);
	}

	private InvalidTargetException(String code, String english, String value) {
		super(code, english, value);
	}

	/**
	 * A target with more than two decimals: shares are compared as NATO prints them, to two decimals, so such a target
	 * would be written "2%" while allies at 2.00% fail it.
	 */
	static InvalidTargetException tooManyDecimals(String value) {
		return new InvalidTargetException("error.targetDecimals",
				"The target may have at most two decimals (shares are compared as NATO prints them, to two decimals), "
						+ "e.g. target=2, target=3.5 or target=3.25; got \"" + value + "\".",
				value);
	}

}
