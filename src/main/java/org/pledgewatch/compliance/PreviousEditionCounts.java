package org.pledgewatch.compliance;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * A year's count as the previous published edition of the same publisher gave it, against the same target: "23 of
 * 31" in NATO's June 2024 edition where its August 2025 edition says 18 of 31.
 *
 * @param version the dataset version of the previous edition
 * @param alliesMeetingTarget how many members met the target in it
 * @param alliesReporting how many members had a share in it
 */
@Schema(description = "The year's count in the previous published edition of the same publisher, same target")
public record PreviousEditionCounts(@Schema(description = "the dataset version of the previous edition") int version,
		@Schema(description = "how many members met the target in it") int alliesMeetingTarget,
		@Schema(description = "how many members had a share in it") int alliesReporting) {

	/** Whether the shown version gives another count for the year. */
	public boolean differsFrom(YearSummary shown) {
		return shown.alliesMeetingTarget() != alliesMeetingTarget || shown.alliesReporting() != alliesReporting;
	}

}
