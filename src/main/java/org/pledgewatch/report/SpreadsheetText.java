package org.pledgewatch.report;

/**
 * Text cells that no spreadsheet will evaluate. A cell starting with {@code = + - @}, a tab or a carriage return is
 * read as a formula by Excel, LibreOffice and Google Sheets (CSV injection); a leading apostrophe makes it text.
 */
public final class SpreadsheetText {

	private SpreadsheetText() {
	}

	public static String neutralise(String text) {
		if (text.isEmpty()) {
			return text;
		}
		char first = text.charAt(0);
		boolean formula = first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r';
		return formula ? "'" + text : text;
	}

}
