package org.pledgewatch.dataset;

/** An upload did not pass validation; the active dataset is untouched. */
public class DatasetRejectedException extends RuntimeException {

	private final transient ParsedDataset parsed;

	public DatasetRejectedException(ParsedDataset parsed) {
		super("The file has " + parsed.errorCount() + " error(s).");
		this.parsed = parsed;
	}

	public ParsedDataset parsed() {
		return parsed;
	}

}
