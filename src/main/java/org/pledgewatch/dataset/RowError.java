package org.pledgewatch.dataset;

import java.util.List;

/**
 * A problem with one cell, row or column of an uploaded file.
 *
 * @param row the line number in the file (the header is line 1)
 * @param column the column name, or an empty string when the whole row or file is at fault
 * @param value the offending text as found in the file (empty when none)
 * @param message what is wrong, in English words an editor can act on
 * @param code the rule's stable code (see {@link UploadRule})
 * @param messageKey where the message's words are in {@code messages*.properties}, for other languages
 * @param arguments the message's arguments, as text
 */
public record RowError(int row, String column, String value, String message, String code, String messageKey,
		List<String> arguments) {

	public RowError {
		arguments = List.copyOf(arguments);
	}

	static RowError of(int row, String column, String value, UploadRule rule, List<String> arguments) {
		return new RowError(row, column, value, rule.english(arguments), rule.code(), rule.messageKey(), arguments);
	}

}
