package org.pledgewatch.compliance;

import java.math.BigDecimal;
import java.math.RoundingMode;

import org.jspecify.annotations.Nullable;
import org.pledgewatch.dataset.DatasetRow;

/**
 * What is known of an ally-year whatever the target; {@link #measure(Target)} adds the verdict.
 *
 * @param share the share of GDP used, unrounded: the published share where the row has one, else spending / GDP
 * @param roundedShare the share used rounded half-up to two decimals, as NATO prints it: the verdict and rank use it
 * @param shareSource where the share used comes from; null when there is none
 */
record AllyFacts(DatasetRow row, boolean member, @Nullable Double share, @Nullable BigDecimal roundedShare,
		@Nullable ShareSource shareSource, @Nullable Integer rank, @Nullable Double spendingChangePct,
		@Nullable Double perCapitaUsd) {

	/** The facts of a row before ranking; {@code computedShare} is spending / GDP × 100 unrounded, or NaN. */
	static AllyFacts of(DatasetRow row, boolean member, double computedShare, double spendingChangePct,
			double perCapitaUsd) {
		BigDecimal published = row.shareOfGdpPct();
		if (published != null) {
			return new AllyFacts(row, member, published.doubleValue(), published.setScale(2, RoundingMode.HALF_UP),
					ShareSource.published, null, orNull(spendingChangePct), orNull(perCapitaUsd));
		}
		BigDecimal computed = row.computedShareOfGdpPct();
		return new AllyFacts(row, member, computed == null ? null : orNull(computedShare), computed,
				computed == null ? null : ShareSource.computed, null, orNull(spendingChangePct), orNull(perCapitaUsd));
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

	AllyYear measure(Target target) {
		Boolean meets = meets(target);
		Double gapMusd = null;
		Double gapPts = null;
		if (roundedShare != null) {
			BigDecimal points = target.pct().subtract(roundedShare);
			gapPts = Boolean.TRUE.equals(meets) ? 0.0 : points.doubleValue();
			if (row.hasMoney()) {
				gapMusd = Boolean.TRUE.equals(meets) ? 0.0 : moneyGap(target);
			}
		}
		return new AllyYear(row.country(), row.iso3(), row.year(), member, row.estimate(),
				toDouble(row.defenceExpenditureMusd()), toDouble(row.gdpMusd()), share,
				roundedShare == null ? null : roundedShare.doubleValue(), meets, gapMusd, rank, spendingChangePct,
				perCapitaUsd, toDouble(row.populationThousands()), toDouble(row.militaryPersonnelThousands()),
				toDouble(row.equipmentSharePct()), meetsEquipmentGuideline(row.equipmentSharePct()), gapPts,
				toDouble(row.shareOfGdpPct()), toDouble(row.computedShareOfGdpPct()), shareSource,
				toDouble(row.realChangePct()), gapPts, null);
	}

	/**
	 * Million USD more needed to reach the target: the points short of it (share used, unrounded) times GDP. Where
	 * the share is computed this is exactly target × GDP − spending; where it is published it agrees with the verdict.
	 */
	private double moneyGap(Target target) {
		// (target − spending / GDP × 100) × GDP / 100 = target × GDP / 100 − spending: exact, without a division.
		BigDecimal needed = shareSource == ShareSource.published
				? target.pct().subtract(row.shareOfGdpPct()).multiply(row.gdpMusd()).movePointLeft(2)
				: target.pct().multiply(row.gdpMusd()).movePointLeft(2).subtract(row.defenceExpenditureMusd());
		return needed.signum() > 0 ? needed.doubleValue() : 0.0;
	}

	/** At or above 20% of defence expenditure on major equipment; null when the share is missing. */
	static @Nullable Boolean meetsEquipmentGuideline(@Nullable BigDecimal equipmentSharePct) {
		return equipmentSharePct == null ? null
				: equipmentSharePct.compareTo(BigDecimal.valueOf(AllyYear.EQUIPMENT_GUIDELINE_PCT)) >= 0;
	}

	private static @Nullable Double toDouble(@Nullable BigDecimal value) {
		return value == null ? null : value.doubleValue();
	}

	/** Missing values leave this package as null, never NaN. */
	static @Nullable Double orNull(double value) {
		return Double.isNaN(value) || Double.isInfinite(value) ? null : value;
	}

}
