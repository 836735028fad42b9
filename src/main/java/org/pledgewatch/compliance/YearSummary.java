package org.pledgewatch.compliance;

import java.util.List;

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
public record YearSummary(
		int year,
		double targetPct,
		int alliesReporting,
		int alliesMeetingTarget,
		List<String> meetingTarget,
		double totalDefenceExpenditureMusd,
		double totalGdpMusd,
		@Nullable Double usDefenceExpenditureMusd,
		double europeCanadaDefenceExpenditureMusd,
		@Nullable Double allianceShareOfGdpPct,
		@Nullable Double medianShareOfGdpPct,
		boolean estimate,
		Highlight highlight) {

	public YearSummary {
		meetingTarget = List.copyOf(meetingTarget);
	}

}
