package org.pledgewatch.compliance;

/** A target that is not a number above 0 and at most 100. */
public class InvalidTargetException extends ExplainedException {

	public InvalidTargetException(String value) {
		super("error.invalidTarget",
				"The target must be a number above 0 and at most 100 (percent of GDP), e.g. target=2 or target=3.5; got \""
						+ value + "\".",
				value);
	}

}
