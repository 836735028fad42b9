package org.pledgewatch.system;

import java.beans.PropertyEditorSupport;
import java.util.regex.Pattern;

import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.InitBinder;

/**
 * Whole-number request parameters ({@code ?year=}, {@code ?version=}) are read from ASCII digits only, as uploads
 * are: Spring's default reads {@code ٢٠٢٤} and {@code 0x7E8} as 2024. Anything else answers 400 through the usual
 * "must be a whole number" message. An editor, not a converter: a converter's refusal falls back to the default
 * editor, which would read the digits anyway.
 */
@ControllerAdvice
class WholeNumberParameters {

	/** Nine digits at most: they always fit an int. */
	private static final Pattern WHOLE_NUMBER = Pattern.compile("[+-]?[0-9]{1,9}");

	@InitBinder
	void asciiDigitsOnly(WebDataBinder binder) {
		binder.registerCustomEditor(Integer.class, new AsciiInteger(true));
		binder.registerCustomEditor(int.class, new AsciiInteger(false));
	}

	private static final class AsciiInteger extends PropertyEditorSupport {

		private final boolean mayBeEmpty;

		AsciiInteger(boolean mayBeEmpty) {
			this.mayBeEmpty = mayBeEmpty;
		}

		@Override
		public void setAsText(String source) {
			String text = source.strip();
			if (text.isEmpty() && mayBeEmpty) {
				setValue(null);
				return;
			}
			if (!WHOLE_NUMBER.matcher(text).matches()) {
				throw new IllegalArgumentException("Not a whole number in ASCII digits");
			}
			setValue(Integer.valueOf(text));
		}

		@Override
		public String getAsText() {
			Object value = getValue();
			return value == null ? "" : value.toString();
		}

	}

}
