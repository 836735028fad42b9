package org.pledgewatch.dataset;

import java.util.List;

/**
 * An immutable set of ally-year rows: the content of one dataset version.
 *
 * @param version the dataset version number (the shipped dataset is version 1)
 * @param rows the rows in file order
 */
public record Dataset(int version, List<DatasetRow> rows) {

	public Dataset {
		rows = List.copyOf(rows);
	}

}
