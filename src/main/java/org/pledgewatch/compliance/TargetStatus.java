package org.pledgewatch.compliance;

import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;
import org.jspecify.annotations.Nullable;

/**
 * Where the target stands for one ally across the data set, and which allies newly meet or newly miss it in a year.
 *
 * @param iso3 the ally
 * @param country its name as the dataset spells it
 * @param firstYearMeeting the first year, as a member, at or above the target within this data set; null if never
 * @param shareThen its share that year (two decimals, as printed)
 * @param previousYear the year before, if the ally has a share for it
 * @param previousShare its share then
 * @param firstYearOfData whether the first year meeting is also the first year of the data set (so "reached" would
 * overstate: it may have met the target before the data begins)
 * @param year the year the newly meeting / missing lists are for
 * @param newlyMeeting allies meeting the target in {@code year} that did not the year before
 * @param newlyMissing allies below it in {@code year} that met it the year before
 * @param anyFigure whether the ally has a share as a member in any year of the data set; without one it is never
 * described as below the target (Iceland: no armed forces, no figure)
 */
@Schema(description = "An ally's first year at or above the target in this data set, and the allies that newly "
		+ "meet or miss the target in a year against the year before.")
public record TargetStatus(String iso3, String country, double targetPct, @Nullable Integer firstYearMeeting,
		@Nullable Double shareThen, @Nullable Integer previousYear, @Nullable Double previousShare,
		boolean firstYearOfData, int year, List<Ally> newlyMeeting, List<Ally> newlyMissing, boolean anyFigure) {

	public TargetStatus {
		newlyMeeting = List.copyOf(newlyMeeting);
		newlyMissing = List.copyOf(newlyMissing);
	}

}
