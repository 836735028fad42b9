package org.pledgewatch.compliance;

import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;
import org.jspecify.annotations.Nullable;
import org.pledgewatch.dataset.DatasetCitation;

/** How many allies meet a target in each year of a dataset version. */
@Schema(description = "How many allies meet a target in each year of the dataset version.")
public record Trend(
		@Schema(description = "the target, % of GDP") double targetPct,
		@Schema(description = "the dataset version the figures come from") DatasetCitation dataset,
		@Schema(description = "one entry per year, oldest first") List<TrendYear> years) {

	public Trend {
		years = List.copyOf(years);
	}

	/** One year of a {@link Trend}. */
	@Schema(description = "One year: allies reporting and meeting the target, median and alliance-wide share.")
	public record TrendYear(
			@Schema(description = "the year") int year,
			@Schema(description = "members with a share that year") int alliesReporting,
			@Schema(description = "how many of them meet the target") int alliesMeetingTarget,
			@Schema(description = "median of members' shown shares, %, half-up to two decimals", nullable = true)
			@Nullable Double medianShareOfGdpPct,
			@Schema(description = "computed from current-price totals, not NATO's figure: total spending / total GDP, %, half-up to two decimals; null without money figures", nullable = true)
			@Nullable Double allianceShareOfGdpPct,
			@Schema(description = "whether at least half of that year's members have a share") boolean complete,
			@Schema(description = "NATO's printed \"NATO Total\" share of GDP, %, two decimals as printed; null where not printed", nullable = true)
			@Nullable Double publishedAllianceShareOfGdpPct,
			@Schema(description = "NATO's printed \"NATO Europe and Canada\" share of GDP, %, two decimals as printed; null where not printed", nullable = true)
			@Nullable Double publishedEuropeCanadaShareOfGdpPct) {
	}

}
