package org.pledgewatch.compliance;

import io.swagger.v3.oas.annotations.media.Schema;
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
 * @param gapToTargetPts percentage points of GDP short of the target (0 when met)
 */
@Schema(description = "The highlighted ally (Belgium unless configured otherwise) in the chosen year.")
public record Highlight(
		@Schema(description = "the highlighted ally's code") String iso3,
		@Schema(description = "its name as the dataset spells it (the code when it has no row that year)")
		String country,
		@Schema(description = "share of GDP used, %, unrounded", nullable = true) @Nullable Double shareOfGdpPct,
		@Schema(description = "its rank that year", nullable = true) @Nullable Integer rank,
		@Schema(description = "how many allies were ranked that year (\"28th of 31\")") int alliesRanked,
		@Schema(description = "millions of dataset.currency (USD for NATO's editions) short of the target", nullable = true) @Nullable Double gapToTargetMusd,
		@Schema(description = "whether it meets the target", nullable = true) @Nullable Boolean meetsTarget,
		@Schema(description = "whether the figures are estimates") boolean estimate,
		@Schema(description = "percentage points of GDP short of the target (0 when met)", nullable = true)
		@Nullable Double gapToTargetPts) {
}
