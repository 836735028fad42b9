package org.pledgewatch.report;

import java.util.List;
import java.util.function.IntFunction;

import org.pledgewatch.compliance.YearCompliance;
import org.pledgewatch.dataset.DatasetCitation;

/**
 * Every year of one dataset version against one target, oldest first, computed a year at a time as a writer reads
 * it: a report over a million ally-years never holds them all at once.
 *
 * @param dataset the version every year comes from
 * @param years the years, oldest first
 * @param compute the figures of one year against the report's target
 */
public record ReportSeries(DatasetCitation dataset, List<Integer> years, IntFunction<YearCompliance> compute) {

	public ReportSeries {
		years = List.copyOf(years);
	}

	/** One year's figures, computed now; refused if they come from another version than the report's. */
	YearCompliance year(int year) {
		YearCompliance figures = compute.apply(year);
		if (!figures.dataset().equals(dataset)) {
			throw new IllegalStateException("A report mixes dataset versions; it must show version "
					+ dataset.version() + " only");
		}
		return figures;
	}

}
