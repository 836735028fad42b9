package org.pledgewatch.dataset;

import java.util.List;

/**
 * An immutable set of ally-year rows: the content of one dataset version, with what it is cited as.
 *
 * @param version the dataset version number
 * @param rows the rows in file order
 * @param citation the version's source
 * @param aggregates the alliance-wide shares the publisher printed for this version, if any
 */
public record Dataset(int version, List<DatasetRow> rows, DatasetCitation citation, PrintedAggregates aggregates) {

	public Dataset {
		rows = List.copyOf(rows);
		if (citation.version() != version) {
			throw new IllegalArgumentException("citation of version " + citation.version() + " for version " + version);
		}
	}

	/** A version without printed aggregates. */
	public Dataset(int version, List<DatasetRow> rows, DatasetCitation citation) {
		this(version, rows, citation, PrintedAggregates.none());
	}

	/** Rows never stored as a version (tests, the template download): cited by number only. */
	public Dataset(int version, List<DatasetRow> rows) {
		this(version, rows, DatasetCitation.unrecorded(version));
	}

}
