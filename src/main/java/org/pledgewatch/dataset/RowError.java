package org.pledgewatch.dataset;

/**
 * A problem with one cell, row or column of an uploaded file.
 *
 * @param row the line number in the file (the header is line 1)
 * @param column the column name, or an empty string when the whole row or file is at fault
 * @param value the offending text as found in the file (empty when none)
 * @param message what is wrong, in words an editor can act on
 */
public record RowError(int row, String column, String value, String message) {
}
