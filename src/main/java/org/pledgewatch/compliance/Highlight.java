package org.pledgewatch.compliance;

import io.swagger.v3.oas.annotations.media.Schema;
import org.jspecify.annotations.Nullable;

/**
 * The highlighted ally's figures for a year (Belgium unless configured otherwise).
 *
 * @param iso3 the highlighted ally's code
 * @param country its name as the dataset spells it (the code when it has no row that year)
 * @param shareOfGdpPct the {@link ShownShare shown share} of GDP, %: the share used, half-up to two decimals
 * @param rank its rank that year
 * @param alliesRanked how many allies were ranked that year ("28th of 31")
 * @param gapToTargetMusd million USD short of the target
 * @param meetsTarget whether it meets the target
 * @param estimate whether the figures are estimates
 * @param gapToTargetPts percentage points of GDP short of the target (0 when met)
 * @param alliesSharingRank how many ranked allies share its rank, itself included: 6 for "joint 25th of 30: six
 * allies at 2.00%", 1 when it ranks alone, 0 when it is not ranked
 */
@Schema(description = "The highlighted ally (Belgium unless configured otherwise) in the chosen year.")
public record Highlight(
		@Schema(description = "the highlighted ally's code") String iso3,
		@Schema(description = "its name as the dataset spells it (the code when it has no row that year)")
		String country,
		@Schema(description = "share of GDP used, %, half-up to two decimals as NATO prints it (the value shown)", nullable = true) @Nullable Double shareOfGdpPct,
		@Schema(description = "its rank that year", nullable = true) @Nullable Integer rank,
		@Schema(description = "how many allies were ranked that year (\"28th of 31\")") int alliesRanked,
		@Schema(description = "millions of dataset.currency (USD for NATO's editions) short of the target", nullable = true) @Nullable Double gapToTargetMusd,
		@Schema(description = "whether it meets the target", nullable = true) @Nullable Boolean meetsTarget,
		@Schema(description = "whether the figures are estimates") boolean estimate,
		@Schema(description = "percentage points of GDP short of the target (0 when met)", nullable = true)
		@Nullable Double gapToTargetPts,
		@Schema(description = "how many ranked allies share its rank, itself included (1 when alone, 0 when not ranked)")
		int alliesSharingRank) {

	/** Whether its rank is shared: "joint 25th". */
	public boolean jointRank() {
		return alliesSharingRank > 1;
	}

}
