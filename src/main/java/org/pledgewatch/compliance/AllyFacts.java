package org.pledgewatch.compliance;

import java.math.BigDecimal;

import org.jspecify.annotations.Nullable;
import org.pledgewatch.dataset.DatasetRow;

/**
 * What is known of an ally-year whatever the target; {@link #measure(Target)} adds the verdict.
 *
 * @param share the share of GDP used, unrounded: the published share where the row has one, else spending / GDP
 * (to ten decimals)
 * @param roundedShare the {@link ShownShare shown share}: the verdict, rank, gaps and every page use it
 * @param shareSource where the share used comes from; null when there is none
 */
record AllyFacts(DatasetRow row, boolean member, @Nullable Double share, @Nullable BigDecimal roundedShare,
		@Nullable ShareSource shareSource, @Nullable Integer rank, @Nullable Double spendingChangePct,
		@Nullable Double perCapitaUsd) {

	/** The facts of a row before ranking; the change and figure per head are NaN where there are none. */
	static AllyFacts of(DatasetRow row, boolean member, double spendingChangePct, double perCapitaUsd) {
		BigDecimal published = row.shareOfGdpPct();
		if (published != null) {
			return new AllyFacts(row, member, published.doubleValue(), ShownShare.of(published),
					ShareSource.published, null, orNull(spendingChangePct), orNull(perCapitaUsd));
		}
		if (!row.hasMoney()) {
			return new AllyFacts(row, member, null, null, null, null, orNull(spendingChangePct), orNull(perCapitaUsd));
		}
		BigDecimal computed = ShownShare.ratioPct(row.defenceExpenditureMusd(), row.gdpMusd());
		return new AllyFacts(row, member, computed.doubleValue(), ShownShare.of(computed), ShareSource.computed, null,
				orNull(spendingChangePct), orNull(perCapitaUsd));
	}

	AllyFacts withRank(@Nullable Integer newRank) {
		return new AllyFacts(row, member, share, roundedShare, shareSource, newRank, spendingChangePct, perCapitaUsd);
	}

	/** The one rule for "meets the target": the share as NATO prints it (two decimals) at or above the target. */
	@Nullable Boolean meets(Target target) {
		return roundedShare == null ? null : roundedShare.compareTo(target.pct()) >= 0;
	}

	/** Whether the ally counts in the year's aggregates: a member with a share. */
	boolean counted() {
		return member && share != null;
	}

	/** Percentage points of GDP short of the target on the shown share, 0 when met; null without a share. */
	@Nullable BigDecimal gapPts(Target target) {
		if (roundedShare == null) {
			return null;
		}
		BigDecimal points = target.pct().subtract(roundedShare);
		return points.signum() > 0 ? points : BigDecimal.ZERO;
	}

	AllyYear measure(Target target) {
		Boolean meets = meets(target);
		BigDecimal points = gapPts(target);
		Double gapPts = toDouble(points);
		// The money gap is the gap in points times GDP, for a published and a computed share alike: a reader
		// multiplying the two figures shown gets this one.
		Double gapMusd = points == null || !row.hasMoney() ? null
				: points.multiply(row.gdpMusd()).movePointLeft(2).doubleValue();
		return new AllyYear(row.country(), row.iso3(), row.year(), member, row.estimate(),
				toDouble(row.defenceExpenditureMusd()), toDouble(row.gdpMusd()), share,
				roundedShare == null ? null : roundedShare.doubleValue(), meets, gapMusd, rank, spendingChangePct,
				perCapitaUsd, toDouble(row.populationThousands()), toDouble(row.militaryPersonnelThousands()),
				toDouble(row.equipmentSharePct()), meetsEquipmentGuideline(row.equipmentSharePct()), gapPts,
				toDouble(row.shareOfGdpPct()), toDouble(row.computedShareOfGdpPct()), shareSource,
				toDouble(row.realChangePct()), gapPts, null);
	}

	/** At or above 20% of defence expenditure on major equipment; null when the share is missing. */
	static @Nullable Boolean meetsEquipmentGuideline(@Nullable BigDecimal equipmentSharePct) {
		return equipmentSharePct == null ? null
				: equipmentSharePct.compareTo(BigDecimal.valueOf(AllyYear.EQUIPMENT_GUIDELINE_PCT)) >= 0;
	}

	private static @Nullable Double toDouble(@Nullable BigDecimal value) {
		return ShownShare.toDouble(value);
	}

	/** Missing values leave this package as null, never NaN; binary noise is cut at a documented precision. */
	static @Nullable Double orNull(double value) {
		return ShownShare.ratio(value);
	}

}
