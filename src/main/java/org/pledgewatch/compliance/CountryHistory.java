package org.pledgewatch.compliance;

import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;
import org.jspecify.annotations.Nullable;
import org.pledgewatch.dataset.DatasetCitation;

/**
 * One ally over every year of the dataset, with the alliance median for comparison.
 */
@Schema(description = "One ally over every year of the dataset, with the alliance median for comparison.")
public record CountryHistory(
		@Schema(description = "ISO 3166-1 alpha-3 code") String iso3,
		@Schema(description = "the ally's name as the dataset spells it") String country,
		@Schema(description = "the target, % of GDP") double targetPct,
		@Schema(description = "one entry per year, oldest first") List<AllyYear> rows,
		@Schema(description = "the median of members' shares of GDP per year, %")
		List<AllianceMedian> allianceMedians,
		@Schema(description = "the dataset version the figures come from") DatasetCitation dataset) {

	public CountryHistory {
		rows = List.copyOf(rows);
		allianceMedians = List.copyOf(allianceMedians);
	}

	/** The median share of GDP across members in one year. */
	@Schema(description = "The median share of GDP across members in one year.")
	public record AllianceMedian(@Schema(description = "the year") int year,
			@Schema(description = "median of members' shares of GDP, %; null when no member reported",
					nullable = true) @Nullable Double medianShareOfGdpPct) {
	}

}
