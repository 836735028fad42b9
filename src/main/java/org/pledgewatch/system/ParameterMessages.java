package org.pledgewatch.system;

import org.pledgewatch.compliance.ExplainedException;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/**
 * Words for a request parameter that could not be read, shared by the HTML and JSON error answers: the default
 * message is English (the API's), the code lets pages say it in the reader's language.
 */
public final class ParameterMessages {

	private ParameterMessages() {
	}

	public static MessageSourceResolvable describe(MethodArgumentTypeMismatchException ex) {
		if (ex.getMostSpecificCause() instanceof ExplainedException explained) {
			return explained;
		}
		boolean wholeNumber = ex.getRequiredType() == Integer.class || ex.getRequiredType() == int.class;
		String value = String.valueOf(ex.getValue());
		String english = "The parameter \"" + ex.getName() + "\" must be "
				+ (wholeNumber ? "a whole number" : "a valid value") + "; got \"" + value + "\".";
		return new DefaultMessageSourceResolvable(
				new String[] { wholeNumber ? "error.parameter.wholeNumber" : "error.parameter.invalid" },
				new Object[] { ex.getName(), value }, english);
	}

}
