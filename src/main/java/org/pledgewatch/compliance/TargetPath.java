package org.pledgewatch.compliance;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * What it takes an ally to reach a target by a deadline (The Hague, 2025: 3.5% core and 5% in total by 2035), from
 * the latest year it reported. The required path grows the share by the same percentage every year.
 *
 * @param iso3 the ally's code
 * @param country its name as the dataset spells it
 * @param targetPct the target, % of GDP
 * @param deadline the year by which the target is to be reached
 * @param fromYear the latest year with a reported share; null when the ally never reported one
 * @param fromSharePct the share that year, % of GDP
 * @param distancePts percentage points of GDP short of the target that year (0 when met)
 * @param distanceMusd million USD short of the target that year, at that year's GDP (0 when met)
 * @param requiredGrowthPctPerYear the yearly growth of the share, %, that reaches the target at the deadline (0 when
 * met; null when no year is left or nothing was reported)
 * @param requiredIncreasePtsPerYear the same path's average yearly increase, percentage points
 * @param meetsTarget whether the share already meets the target
 * @param actual the reported shares, oldest first (null where missing)
 * @param required the required path from {@code fromYear} to the deadline; empty when met or not computable
 */
public record TargetPath(String iso3, String country, double targetPct, int deadline, @Nullable Integer fromYear,
		@Nullable Double fromSharePct, @Nullable Double distancePts, @Nullable Double distanceMusd,
		@Nullable Double requiredGrowthPctPerYear, @Nullable Double requiredIncreasePtsPerYear,
		@Nullable Boolean meetsTarget, List<PathPoint> actual, List<PathPoint> required) {

	/** The year The Hague's 3.5% and 5% targets are to be reached by. */
	public static final int HAGUE_DEADLINE = 2035;

	public TargetPath {
		actual = List.copyOf(actual);
		required = List.copyOf(required);
	}

	/** One year's share of GDP, %. */
	public record PathPoint(int year, @Nullable Double sharePct) {
	}

}
