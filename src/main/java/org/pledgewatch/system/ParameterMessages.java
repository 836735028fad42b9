package org.pledgewatch.system;

import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/** Words for a request parameter that could not be read, shared by the HTML and JSON error answers. */
public final class ParameterMessages {

	private ParameterMessages() {
	}

	public static String describe(MethodArgumentTypeMismatchException ex) {
		Throwable cause = ex.getMostSpecificCause();
		if (cause instanceof IllegalArgumentException && cause.getMessage() != null && cause != ex
				&& "target".equals(ex.getName())) {
			return cause.getMessage();
		}
		String expected = ex.getRequiredType() == Integer.class || ex.getRequiredType() == int.class
				? "a whole number" : "a valid value";
		return "The parameter \"" + ex.getName() + "\" must be " + expected + "; got \"" + ex.getValue() + "\".";
	}

}
