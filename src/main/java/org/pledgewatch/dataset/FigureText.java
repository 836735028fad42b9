package org.pledgewatch.dataset;

import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * How a figure must be written to be read as its writer meant: ASCII digits only, and no separator that could be a
 * thousands separator. With semicolons between fields (Excel with Belgian settings) the decimal separator is a comma,
 * so {@code 8.519} may be 8519 written with a thousands separator, or 8.519 typed by hand: it is refused, naming both.
 * With commas between fields a quoted {@code "8,519"} is refused the same way. A dot or comma that cannot be a
 * thousands separator ({@code 1.30}, {@code 1234.5}, {@code 0.519}: groups of three after a first group of one to three
 * digits not starting with 0) is read as a decimal separator.
 */
final class FigureText {

	private static final Pattern DOT_GROUPS = Pattern.compile("[+-]?[1-9]\\d{0,2}(\\.\\d{3})+");

	private static final Pattern DOT_GROUPS_DECIMAL_COMMA = Pattern.compile("[+-]?[1-9]\\d{0,2}(\\.\\d{3})+,\\d+");

	private static final Pattern COMMA_GROUPS = Pattern.compile("[+-]?[1-9]\\d{0,2}(,\\d{3})+");

	private static final Pattern COMMA_GROUPS_DECIMAL_POINT = Pattern.compile("[+-]?[1-9]\\d{0,2}(,\\d{3})+\\.\\d+");

	private static final Pattern DECIMAL_COMMA = Pattern.compile("[+-]?\\d+,\\d+");

	private FigureText() {
	}

	/** Why the figure cannot be read as written, or null when it can (it may still not be a number). */
	static @Nullable Refusal check(String text, boolean decimalComma) {
		if (!asciiDigitsOnly(text)) {
			return Refusal.of(UploadRule.NON_ASCII_DIGITS);
		}
		return decimalComma ? checkSemicolonFile(text) : checkCommaFile(text);
	}

	/** True unless the text holds a digit other than 0 to 9 (Arabic-Indic, fullwidth, ...). */
	static boolean asciiDigitsOnly(String text) {
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			// Surrogates cover the supplementary planes' digits (mathematical and others).
			if (c >= 0x80 && (Character.isSurrogate(c) ? Character.isDigit(text.codePointAt(i)) : Character.isDigit(c))) {
				return false;
			}
		}
		return true;
	}

	private static @Nullable Refusal checkSemicolonFile(String text) {
		if (text.indexOf('.') < 0) {
			return null;
		}
		if (DOT_GROUPS.matcher(text).matches()) {
			String grouped = text.replace(".", "");
			if (text.indexOf('.') == text.lastIndexOf('.')) {
				return Refusal.of(UploadRule.THOUSANDS_SEPARATOR_DOT, text, text, grouped, text.replace('.', ','));
			}
			return Refusal.of(UploadRule.THOUSANDS_SEPARATORS, text, grouped);
		}
		if (DOT_GROUPS_DECIMAL_COMMA.matcher(text).matches()) {
			return Refusal.of(UploadRule.THOUSANDS_SEPARATORS, text, text.replace(".", ""));
		}
		return null;
	}

	private static @Nullable Refusal checkCommaFile(String text) {
		if (text.indexOf(',') < 0) {
			return null;
		}
		if (COMMA_GROUPS.matcher(text).matches()) {
			String grouped = text.replace(",", "");
			String decimal = text.replace(',', '.');
			if (text.indexOf(',') == text.lastIndexOf(',')) {
				return Refusal.of(UploadRule.THOUSANDS_SEPARATOR_COMMA, text, decimal, grouped, decimal);
			}
			return Refusal.of(UploadRule.THOUSANDS_SEPARATORS, text, grouped);
		}
		if (COMMA_GROUPS_DECIMAL_POINT.matcher(text).matches()) {
			return Refusal.of(UploadRule.THOUSANDS_SEPARATORS, text, text.replace(",", ""));
		}
		if (DECIMAL_COMMA.matcher(text).matches()) {
			return Refusal.of(UploadRule.DECIMAL_COMMA, text, text.replace(',', '.'));
		}
		return null;
	}

}
