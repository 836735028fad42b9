package org.pledgewatch.compliance;

import io.swagger.v3.oas.annotations.media.Schema;
import org.jspecify.annotations.Nullable;

/**
 * One ally in one year, measured against a target. Missing figures are {@code null}, never NaN or 0: an ally with no
 * reported defence expenditure (Iceland) has no share, no rank and no verdict.
 *
 * @param country the ally's name as the dataset spells it
 * @param iso3 ISO 3166-1 alpha-3 code
 * @param year the calendar year the figures are for
 * @param member whether the ally had joined NATO by that year; non-members are shown but not ranked or counted
 * @param estimate whether NATO marks the year's figures as estimates
 * @param defenceExpenditureMusd defence expenditure, million USD at current prices
 * @param gdpMusd GDP, million USD at current prices
 * @param shareOfGdpPct defence expenditure as % of GDP, unrounded
 * @param shareOfGdpPctRounded the share rounded half-up to two decimals, as NATO publishes it
 * @param meetsTarget whether the rounded share is at or above the target; null when nothing was reported
 * @param gapToTargetMusd million USD more needed to reach the target (0 when met)
 * @param rank rank among the year's members by rounded share, 1 = highest, equal shares share a rank
 * @param spendingChangePct change in defence expenditure against the previous year, %
 * @param perCapitaUsd defence expenditure per inhabitant, USD
 * @param populationThousands population, thousands
 * @param militaryPersonnelThousands military personnel, thousands
 * @param equipmentSharePct share of defence expenditure spent on major equipment, %
 */
@Schema(description = "One ally in one year against a target. Money in million US dollars at current prices and "
		+ "exchange rates; shares in % of GDP; missing values are null, never 0.")
public record AllyYear(
		@Schema(description = "the ally's name as the dataset spells it") String country,
		@Schema(description = "ISO 3166-1 alpha-3 code") String iso3,
		@Schema(description = "the calendar year the figures are for") int year,
		@Schema(description = "whether the ally had joined NATO by that year; non-members are shown but not ranked or counted")
		boolean member,
		@Schema(description = "whether NATO marks the year's figures as estimates") boolean estimate,
		@Schema(description = "defence expenditure, million USD at current prices", nullable = true)
		@Nullable Double defenceExpenditureMusd,
		@Schema(description = "GDP, million USD at current prices", nullable = true) @Nullable Double gdpMusd,
		@Schema(description = "defence expenditure as % of GDP, unrounded", nullable = true)
		@Nullable Double shareOfGdpPct,
		@Schema(description = "the share rounded half-up to two decimals, as NATO publishes it", nullable = true)
		@Nullable Double shareOfGdpPctRounded,
		@Schema(description = "whether the rounded share is at or above the target; null when nothing was reported", nullable = true)
		@Nullable Boolean meetsTarget,
		@Schema(description = "million USD more needed to reach the target (0 when met)", nullable = true)
		@Nullable Double gapToTargetMusd,
		@Schema(description = "rank among the year's members by rounded share, 1 = highest, equal shares share a rank", nullable = true)
		@Nullable Integer rank,
		@Schema(description = "change in defence expenditure against the previous year, %", nullable = true)
		@Nullable Double spendingChangePct,
		@Schema(description = "defence expenditure per inhabitant, USD", nullable = true) @Nullable Double perCapitaUsd,
		@Schema(description = "population, thousands", nullable = true) @Nullable Double populationThousands,
		@Schema(description = "military personnel, thousands", nullable = true)
		@Nullable Double militaryPersonnelThousands,
		@Schema(description = "share of defence expenditure spent on major equipment, %", nullable = true)
		@Nullable Double equipmentSharePct) {

	/** Whether the ally reported defence expenditure and GDP that year. */
	public boolean reported() {
		return shareOfGdpPct != null;
	}

}
