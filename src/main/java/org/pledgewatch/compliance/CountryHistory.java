package org.pledgewatch.compliance;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * One ally over every year of the dataset, with the alliance median for comparison.
 */
public record CountryHistory(String iso3, String country, double targetPct, List<AllyYear> rows,
		List<AllianceMedian> allianceMedians) {

	public CountryHistory {
		rows = List.copyOf(rows);
		allianceMedians = List.copyOf(allianceMedians);
	}

	/** The median share of GDP across members in one year. */
	public record AllianceMedian(int year, @Nullable Double medianShareOfGdpPct) {
	}

}
