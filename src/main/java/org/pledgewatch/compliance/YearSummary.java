package org.pledgewatch.compliance;

import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;
import org.jspecify.annotations.Nullable;
import org.pledgewatch.dataset.DatasetCitation;

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
 * @param allianceShareOfGdpPct total spending / total GDP at current prices, %, half-up to two decimals: computed
 * here, not NATO's figure; null without money figures
 * @param publishedAllianceShareOfGdpPct NATO's printed "NATO Total" share (Table 3, constant prices), as printed (two
 * decimals); null where the version gives none
 * @param medianShareOfGdpPct median of members' shown shares, %, half-up to two decimals
 * @param publishedEuropeCanadaShareOfGdpPct NATO's printed "NATO Europe and Canada" share, likewise
 * @param estimate whether any of the year's figures are estimates
 * @param highlight the highlighted ally's figures
 * @param membersThatYear how many allies were members of the alliance that year (the accession register, plus any
 * ally of the file it does not know), with or without a figure
 * @param complete whether at least half of them have a share (a partial year is never the default)
 * @param dataset the dataset version the figures come from
 * @param previousEdition the year's count in the previous published edition of the same publisher; null when there
 * is none or it has no such year
 */
@Schema(description = "Alliance aggregates for one year and target, counting only members that reported figures.")
public record YearSummary(
		@Schema(description = "the year") int year,
		@Schema(description = "the target, % of GDP") double targetPct,
		@Schema(description = "members with a reported share") int alliesReporting,
		@Schema(description = "how many of them meet the target") int alliesMeetingTarget,
		@Schema(description = "their iso3 codes, highest share first") List<String> meetingTarget,
		@Schema(description = "members' total defence expenditure, millions of dataset.currency (USD for NATO's editions); null when the dataset does not give every counted member's money figures", nullable = true)
		@Nullable Double totalDefenceExpenditureMusd,
		@Schema(description = "the same members' total GDP, millions of dataset.currency (USD for NATO's editions); null likewise", nullable = true)
		@Nullable Double totalGdpMusd,
		@Schema(description = "the United States' defence expenditure, millions of dataset.currency (USD for NATO's editions)", nullable = true)
		@Nullable Double usDefenceExpenditureMusd,
		@Schema(description = "all other members' total, millions of dataset.currency (USD for NATO's editions); null without money figures", nullable = true)
		@Nullable Double europeCanadaDefenceExpenditureMusd,
		@Schema(description = "computed from current-price totals, not NATO's figure: total spending / total GDP, %, half-up to two decimals; null without money figures", nullable = true)
		@Nullable Double allianceShareOfGdpPct,
		@Schema(description = "median of members' shown shares, %, half-up to two decimals", nullable = true)
		@Nullable Double medianShareOfGdpPct,
		@Schema(description = "whether any of the year's figures are estimates") boolean estimate,
		@Schema(description = "the highlighted ally's figures") Highlight highlight,
		@Schema(description = "how many allies were members of the alliance that year by the accession register (plus any ally of the file the register does not know), with or without a figure")
		int membersThatYear,
		@Schema(description = "whether at least half of that year's members have a share; false for a partial year, whose counts are of the allies that have reported so far") boolean complete,
		@Schema(description = "the dataset version the figures come from") DatasetCitation dataset,
		@Schema(description = "NATO's printed \"NATO Total\" share of GDP (Table 3, constant prices), %, two decimals as printed; null where the version gives none", nullable = true)
		@Nullable Double publishedAllianceShareOfGdpPct,
		@Schema(description = "NATO's printed \"NATO Europe and Canada\" share of GDP, %, two decimals as printed; null where the version gives none", nullable = true)
		@Nullable Double publishedEuropeCanadaShareOfGdpPct,
		@Schema(description = "the year's count in the previous published edition of the same publisher, same target; null when there is none or it has no such year", nullable = true)
		@Nullable PreviousEditionCounts previousEdition) {

	public YearSummary {
		meetingTarget = List.copyOf(meetingTarget);
	}

	/** This summary with the previous edition's count for the year. */
	public YearSummary withPreviousEdition(@Nullable PreviousEditionCounts counts) {
		return new YearSummary(year, targetPct, alliesReporting, alliesMeetingTarget, meetingTarget,
				totalDefenceExpenditureMusd, totalGdpMusd, usDefenceExpenditureMusd, europeCanadaDefenceExpenditureMusd,
				allianceShareOfGdpPct, medianShareOfGdpPct, estimate, highlight, membersThatYear, complete, dataset,
				publishedAllianceShareOfGdpPct, publishedEuropeCanadaShareOfGdpPct, counts);
	}

	/** Whether the previous edition gave another count for the year: the page says so beside the count. */
	public boolean countRevised() {
		return previousEdition != null && previousEdition.differsFrom(this);
	}

}
