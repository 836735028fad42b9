package org.pledgewatch.dataset;

import java.util.List;

/**
 * The outcome of reading a CSV file: either rows (when {@link #errors()} is empty) or the errors that stop it.
 *
 * @param rows the rows read; empty when there are errors
 * @param errors the first {@link DatasetCsvParser#MAX_LISTED_ERRORS} errors in file order
 * @param errorCount how many errors there are in all
 * @param warnings problems that do not stop the upload (an unknown extra column, say)
 */
public record ParsedDataset(List<DatasetRow> rows, List<RowError> errors, int errorCount, List<UploadWarning> warnings) {

	public ParsedDataset {
		rows = List.copyOf(rows);
		errors = List.copyOf(errors);
		warnings = List.copyOf(warnings);
	}

	public boolean valid() {
		return errorCount == 0;
	}

}
