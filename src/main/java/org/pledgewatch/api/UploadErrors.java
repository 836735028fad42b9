package org.pledgewatch.api;

import java.util.List;

import org.pledgewatch.dataset.ParsedDataset;
import org.pledgewatch.dataset.RowError;

/** The 400 answer to a rejected upload: the first errors in file order, and how many there are in all. */
record UploadErrors(List<Item> errors, int errorCount) {

	static UploadErrors of(ParsedDataset parsed) {
		return new UploadErrors(parsed.errors().stream().map(Item::of).toList(), parsed.errorCount());
	}

	/**
	 * One error: where it is, what was found, what is wrong (in English) and the rule's stable code.
	 */
	record Item(int row, String column, String value, String message, String code) {

		static Item of(RowError error) {
			return new Item(error.row(), error.column(), error.value(), error.message(), error.code());
		}

	}

}
