package org.pledgewatch.dashboard;

import org.pledgewatch.budget.RequestBudget;
import org.pledgewatch.language.CountryNames;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.pledgewatch.compliance.Ally;
import org.pledgewatch.compliance.AllyYear;
import org.pledgewatch.compliance.CountryHistory;

/**
 * The compare page's table: one row per year, one column per ally, the share of GDP in each cell.
 *
 * @param allies the columns, named in the reader's language
 * @param rows the years, newest first
 */
record CompareTable(List<Ally> allies, List<Row> rows) {

	/** @param partialYears the years in which fewer than half of that year's members have reported */
	static CompareTable of(List<CountryHistory> histories, List<Integer> years, java.util.Set<Integer> partialYears,
			CountryNames names) {
		List<Ally> allies = histories.stream().map(h -> new Ally(h.iso3(), names.name(h.iso3(), h.country()))).toList();
		List<Row> rows = new ArrayList<>();
		for (int i = years.size() - 1; i >= 0; i--) {
			int year = years.get(i);
			List<@Nullable AllyYear> cells = new ArrayList<>();
			for (CountryHistory history : histories) {
				RequestBudget.check();
				cells.add(history.rows().stream().filter(r -> r.year() == year).findFirst().orElse(null));
			}
			rows.add(new Row(year, partialYears.contains(year), cells));
		}
		return new CompareTable(allies, rows);
	}

	/** One year: each ally's figures, null where the dataset has no row; partial when few members have reported. */
	record Row(int year, boolean partial, List<@Nullable AllyYear> cells) {
	}

}
