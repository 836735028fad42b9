package org.pledgewatch.compliance;

import com.fasterxml.jackson.annotation.JsonProperty;
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
 * @param shareOfGdpPct the share of GDP used: published where given, else spending / GDP (to ten decimals); unrounded
 * @param shareOfGdpPctRounded the {@link ShownShare shown share}: the share used rounded half-up to two decimals in
 * exact decimal arithmetic, as NATO publishes it; every page, chart, file and verdict takes this value
 * @param meetsTarget whether the rounded share is at or above the target; null when nothing was reported
 * @param gapToTargetMusd million USD more needed to reach the target: {@code gapToTargetPts} × GDP / 100
 * @param rank rank among the year's members by rounded share, 1 = highest, equal shares share a rank
 * @param spendingChangePct change in defence expenditure against the previous year, %
 * @param perCapitaUsd defence expenditure per inhabitant, USD
 * @param populationThousands population, thousands
 * @param militaryPersonnelThousands military personnel, thousands
 * @param equipmentSharePct share of defence expenditure spent on major equipment, %
 * @param meetsEquipmentGuideline whether the equipment share is at or above the 20% guideline (Wales 2014); null when
 * the share is missing
 * @param distanceToTargetPts percentage points of GDP short of the target (0 when met); null when nothing was reported
 * (the same as {@code gapToTargetPts}, kept for scripts written before it)
 * @param publishedShareOfGdpPct the share as the publisher printed it, if the dataset gives one
 * @param computedShareOfGdpPct spending / GDP, rounded half-up to two decimals, if the dataset gives money figures
 * @param shareSource whether the share used is the published or the computed one
 * @param realChangePct annual real change in defence expenditure, % (constant prices), as published
 * @param gapToTargetPts max(0, target − share), percentage points of GDP; null when there is no share
 * @param previous what the previous published edition of the same publisher printed, where this version revised
 * the ally-year's share; null otherwise
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
		@Schema(description = "defence expenditure, millions of dataset.currency (USD for NATO's editions) at current prices", nullable = true)
		@Nullable Double defenceExpenditureMusd,
		@Schema(description = "GDP, millions of dataset.currency (USD for NATO's editions) at current prices", nullable = true) @Nullable Double gdpMusd,
		@Schema(description = "the share of GDP used, %: the published share where the dataset gives one, else defence expenditure / GDP (to ten decimals); unrounded: pages, charts and files show shareOfGdpPctRounded", nullable = true)
		@Nullable Double shareOfGdpPct,
		@Schema(description = "the share shown: the share used rounded half-up to two decimals in exact decimal arithmetic, as NATO prints it; the verdict, rank, gaps, pages, charts and files use it", nullable = true)
		@Nullable Double shareOfGdpPctRounded,
		@Schema(description = "whether the rounded share is at or above the target; null when nothing was reported", nullable = true)
		@Nullable Boolean meetsTarget,
		@Schema(description = "millions of dataset.currency (USD for NATO's editions) more needed to reach the target: gapToTargetPts × GDP / 100 (0 when met); null when the dataset gives no money figures", nullable = true)
		@Nullable Double gapToTargetMusd,
		@Schema(description = "rank among the year's members by rounded share, 1 = highest, equal shares share a rank", nullable = true)
		@Nullable Integer rank,
		@Schema(description = "change in defence expenditure against the previous year, %", nullable = true)
		@Nullable Double spendingChangePct,
		@Schema(description = "defence expenditure per inhabitant, in dataset.currency", nullable = true) @Nullable Double perCapitaUsd,
		@Schema(description = "population, thousands", nullable = true) @Nullable Double populationThousands,
		@Schema(description = "military personnel, thousands", nullable = true)
		@Nullable Double militaryPersonnelThousands,
		@Schema(description = "share of defence expenditure spent on major equipment, %", nullable = true)
		@Nullable Double equipmentSharePct,
		@Schema(description = "whether the equipment share is at or above the 20% guideline of the Wales pledge (2014); null when the share is missing", nullable = true)
		@Nullable Boolean meetsEquipmentGuideline,
		@Schema(description = "percentage points of GDP short of the target (0 when met); null when nothing was reported", nullable = true)
		@Nullable Double distanceToTargetPts,
		@Schema(description = "the share of GDP as the publisher printed it (NATO Table 3), %", nullable = true)
		@Nullable Double publishedShareOfGdpPct,
		@Schema(description = "defence expenditure / GDP × 100, rounded half-up to two decimals; null without money figures", nullable = true)
		@Nullable Double computedShareOfGdpPct,
		@Schema(description = "\"published\" when shareOfGdpPct is the publisher's share, \"computed\" when it is spending / GDP", nullable = true)
		@Nullable ShareSource shareSource,
		@Schema(description = "annual real change in defence expenditure, % (constant prices), as published", nullable = true)
		@Nullable Double realChangePct,
		@Schema(description = "max(0, target − shareOfGdpPctRounded), percentage points of GDP; null when there is no share", nullable = true)
		@Nullable Double gapToTargetPts,
		@Schema(description = "where this version revised the ally-year's printed share: the previous published edition of the same publisher and the share it printed; null when not revised", nullable = true)
		@Nullable PreviousShare previous) {

	/** The Wales Defence Investment Pledge (2014): 20% of defence expenditure on major equipment. */
	public static final double EQUIPMENT_GUIDELINE_PCT = 20.0;

	/** This row with the previous edition's printed share beside it. */
	public AllyYear withPrevious(@Nullable PreviousShare share) {
		return new AllyYear(country, iso3, year, member, estimate, defenceExpenditureMusd, gdpMusd, shareOfGdpPct,
				shareOfGdpPctRounded, meetsTarget, gapToTargetMusd, rank, spendingChangePct, perCapitaUsd,
				populationThousands, militaryPersonnelThousands, equipmentSharePct, meetsEquipmentGuideline,
				distanceToTargetPts, publishedShareOfGdpPct, computedShareOfGdpPct, shareSource, realChangePct,
				gapToTargetPts, share);
	}

	/** Whether the ally has a share of GDP that year (published, or computed from spending and GDP). */
	public boolean reported() {
		return shareOfGdpPct != null;
	}

	/** Where it stands against the target; see {@link Verdict}. */
	@JsonProperty("verdict")
	@Schema(description = "where the ally stands against the target, on the shown share: \"meets\", \"below\", "
			+ "\"no-figure\" (nothing published: never \"below\") or \"not-yet-member\" (shown, not judged)",
			allowableValues = { "meets", "below", "no-figure", "not-yet-member" })
	public Verdict verdict() {
		return Verdict.of(this);
	}

}
