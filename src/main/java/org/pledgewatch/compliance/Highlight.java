package org.pledgewatch.compliance;

import org.jspecify.annotations.Nullable;

/**
 * The highlighted ally's figures for a year (Belgium unless configured otherwise).
 *
 * @param iso3 the highlighted ally's code
 * @param country its name as the dataset spells it (the code when it has no row that year)
 * @param shareOfGdpPct share of GDP, %, unrounded
 * @param rank its rank that year
 * @param alliesRanked how many allies were ranked that year ("28th of 31")
 * @param gapToTargetMusd million USD short of the target
 * @param meetsTarget whether it meets the target
 * @param estimate whether the figures are estimates
 */
public record Highlight(String iso3, String country, @Nullable Double shareOfGdpPct, @Nullable Integer rank,
		int alliesRanked, @Nullable Double gapToTargetMusd, @Nullable Boolean meetsTarget, boolean estimate) {
}
