package org.pledgewatch.compliance;

import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;
import org.pledgewatch.dataset.DatasetCitation;

/**
 * Every ally's figures for one year against one target, highest share first, allies without figures last.
 */
@Schema(description = "Every ally in one year against one target, highest share first, allies without figures last.")
public record YearCompliance(
		@Schema(description = "the year") int year,
		@Schema(description = "the target, % of GDP") double targetPct,
		@Schema(description = "one entry per ally") List<AllyYear> rows,
		@Schema(description = "the dataset version the figures come from") DatasetCitation dataset) {

	public YearCompliance {
		rows = List.copyOf(rows);
	}

}
