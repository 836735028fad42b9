package org.pledgewatch.dataset;

import java.util.ArrayList;
import java.util.List;

/** Collects a file's errors, keeping the first {@link DatasetCsvParser#MAX_LISTED_ERRORS} and counting all. */
final class ParseErrors {

	private final List<RowError> listed = new ArrayList<>();

	private int count;

	/** The last line the CSV reader reached, for errors it reports without a position. */
	int lastLine;

	void add(int row, String column, String value, UploadRule rule, String... arguments) {
		add(row, column, value, new Refusal(rule, List.of(arguments)));
	}

	void add(int row, String column, String value, Refusal refusal) {
		count++;
		if (listed.size() < DatasetCsvParser.MAX_LISTED_ERRORS) {
			listed.add(RowError.of(row, column, shorten(value), refusal.rule(), refusal.arguments()));
		}
	}

	int count() {
		return count;
	}

	ParsedDataset result(List<DatasetRow> rows, List<UploadWarning> warnings) {
		return new ParsedDataset(rows, listed, count, warnings);
	}

	static String shorten(String value) {
		return value.length() <= 80 ? value : value.substring(0, 77) + "...";
	}

}
