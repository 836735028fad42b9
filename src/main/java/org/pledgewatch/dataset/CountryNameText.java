package org.pledgewatch.dataset;

import java.util.OptionalInt;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * What a country name may be: visible text of at most {@link #MAX_LENGTH} characters, without control characters,
 * and not starting like a spreadsheet formula ({@code = + - @}, tab or carriage return), so that every CSV the
 * dashboard writes, the canonical {@code /datasets/*.csv} included, is safe to open in a spreadsheet as it is.
 */
final class CountryNameText {

	static final int MAX_LENGTH = 100;

	private CountryNameText() {
	}

	/**
	 * @param raw the cell as the CSV reader gave it
	 * @param name the cell without surrounding white space, the name that would be stored
	 * @return why the name is refused, or null
	 */
	static @Nullable Refusal check(String raw, String name) {
		if (printableAscii(raw)) {
			return checkPrintableAscii(name);
		}
		String leading = raw.substring(0, raw.length() - raw.stripLeading().length());
		int formulaWhiteSpace = firstOf(leading, "\t\r");
		if (formulaWhiteSpace >= 0) {
			return Refusal.of(UploadRule.FORMULA_LIKE_NAME, codePoint(leading.charAt(formulaWhiteSpace)));
		}
		if (visible(name).isEmpty()) {
			return Refusal.of(UploadRule.BLANK_NAME);
		}
		// Line and paragraph separators break a line as a line feed does, in pages, files and the PDF alike.
		int control = raw.codePoints().filter(CountryNameText::breaksOrControls).findFirst().orElse(-1);
		if (control >= 0) {
			return Refusal.of(UploadRule.CONTROL_CHARACTER, codePoint(control));
		}
		// A spreadsheet skips invisible format characters before deciding whether a cell is a formula.
		String first = visible(name).substring(0, 1);
		if ("=+-@".contains(first)) {
			return Refusal.of(UploadRule.FORMULA_LIKE_NAME, "\"" + first + "\"");
		}
		int length = name.codePointCount(0, name.length());
		if (length > MAX_LENGTH) {
			return Refusal.of(UploadRule.NAME_TOO_LONG, String.valueOf(length), String.valueOf(MAX_LENGTH));
		}
		OptionalInt unprintable = PrintableText.firstUnprintable(name);
		if (unprintable.isPresent()) {
			return Refusal.of(UploadRule.UNPRINTABLE_CHARACTER, codePoint(unprintable.getAsInt()),
					new String(Character.toChars(unprintable.getAsInt())));
		}
		return null;
	}

	private static boolean breaksOrControls(int c) {
		int type = Character.getType(c);
		return type == Character.CONTROL || type == Character.LINE_SEPARATOR || type == Character.PARAGRAPH_SEPARATOR;
	}

	/**
	 * Letters and symbols that draw nothing: Hangul fillers and the blank Braille pattern. A name of them alone
	 * would be an ally no reader can see.
	 */
	private static boolean drawsNothing(int c) {
		return c == 0x115F || c == 0x1160 || c == 0x3164 || c == 0xFFA0 || c == 0x2800;
	}

	/**
	 * The same rules for a name of printable ASCII alone, as almost every name is: it has no control or format
	 * characters and no tab or carriage return, and its only white space is the space, which {@code strip} removed.
	 * Checked once per row of an upload, so without the code point streams and the pattern of the general case.
	 */
	private static @Nullable Refusal checkPrintableAscii(String name) {
		if (name.isEmpty()) {
			return Refusal.of(UploadRule.BLANK_NAME);
		}
		char first = name.charAt(0);
		if ("=+-@".indexOf(first) >= 0) {
			return Refusal.of(UploadRule.FORMULA_LIKE_NAME, "\"" + first + "\"");
		}
		if (name.length() > MAX_LENGTH) {
			return Refusal.of(UploadRule.NAME_TOO_LONG, String.valueOf(name.length()), String.valueOf(MAX_LENGTH));
		}
		return null;
	}

	private static boolean printableAscii(String text) {
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c < 0x20 || c > 0x7E) {
				return false;
			}
		}
		return true;
	}

	private static final Pattern EDGE_SPACES = Pattern.compile("^[\\p{Z}]+|[\\p{Z}]+$");

	/**
	 * The name without format characters (zero-width spaces, joiners, direction marks), characters that draw nothing
	 * and surrounding spaces.
	 */
	private static String visible(String name) {
		StringBuilder kept = new StringBuilder();
		name.codePoints()
			.filter(c -> Character.getType(c) != Character.FORMAT && !drawsNothing(c))
			.forEach(kept::appendCodePoint);
		return EDGE_SPACES.matcher(kept.toString().strip()).replaceAll("");
	}

	private static int firstOf(String text, String characters) {
		for (int i = 0; i < text.length(); i++) {
			if (characters.indexOf(text.charAt(i)) >= 0) {
				return i;
			}
		}
		return -1;
	}

	private static String codePoint(int c) {
		return String.format("U+%04X", c);
	}

}
