package org.pledgewatch.compliance;

import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;
import org.jspecify.annotations.Nullable;

/**
 * Alliance aggregates for one year and target. Only allies that were members that year and reported figures count.
 *
 * @param year the year
 * @param targetPct the target, % of GDP
 * @param alliesReporting members with a reported share
 * @param alliesMeetingTarget how many of them meet the target
 * @param meetingTarget their iso3 codes, highest share first
 * @param totalDefenceExpenditureMusd members' total defence expenditure, million USD
 * @param totalGdpMusd the same members' total GDP, million USD
 * @param usDefenceExpenditureMusd the United States' defence expenditure, million USD
 * @param europeCanadaDefenceExpenditureMusd all other members' total, million USD
 * @param allianceShareOfGdpPct total spending / total GDP, %
 * @param medianShareOfGdpPct median of members' shares, %
 * @param estimate whether any of the year's figures are estimates
 * @param highlight the highlighted ally's figures
 */
@Schema(description = "Alliance aggregates for one year and target, counting only members that reported figures.")
public record YearSummary(
		@Schema(description = "the year") int year,
		@Schema(description = "the target, % of GDP") double targetPct,
		@Schema(description = "members with a reported share") int alliesReporting,
		@Schema(description = "how many of them meet the target") int alliesMeetingTarget,
		@Schema(description = "their iso3 codes, highest share first") List<String> meetingTarget,
		@Schema(description = "members' total defence expenditure, million USD") double totalDefenceExpenditureMusd,
		@Schema(description = "the same members' total GDP, million USD") double totalGdpMusd,
		@Schema(description = "the United States' defence expenditure, million USD", nullable = true)
		@Nullable Double usDefenceExpenditureMusd,
		@Schema(description = "all other members' total, million USD") double europeCanadaDefenceExpenditureMusd,
		@Schema(description = "total spending / total GDP, %", nullable = true) @Nullable Double allianceShareOfGdpPct,
		@Schema(description = "median of members' shares, %", nullable = true) @Nullable Double medianShareOfGdpPct,
		@Schema(description = "whether any of the year's figures are estimates") boolean estimate,
		@Schema(description = "the highlighted ally's figures") Highlight highlight) {

	public YearSummary {
		meetingTarget = List.copyOf(meetingTarget);
	}

}
