package org.pledgewatch.compliance;

import java.math.BigDecimal;

import org.jspecify.annotations.Nullable;
import org.pledgewatch.dataset.DatasetRow;

/** What is known of an ally-year whatever the target; {@link #measure(Target)} adds the verdict. */
record AllyFacts(DatasetRow row, boolean member, @Nullable Double share, @Nullable BigDecimal roundedShare,
		@Nullable Integer rank, @Nullable Double spendingChangePct, @Nullable Double perCapitaUsd) {

	AllyFacts withRank(@Nullable Integer newRank) {
		return new AllyFacts(row, member, share, roundedShare, newRank, spendingChangePct, perCapitaUsd);
	}

	@Nullable Boolean meets(Target target) {
		return roundedShare == null ? null : roundedShare.compareTo(target.pct()) >= 0;
	}

	AllyYear measure(Target target) {
		Double gap = null;
		Double distance = null;
		if (roundedShare != null) {
			BigDecimal needed = target.fraction().multiply(row.gdpMusd()).subtract(row.defenceExpenditureMusd());
			gap = needed.signum() > 0 ? needed.doubleValue() : 0.0;
			BigDecimal points = target.pct().subtract(roundedShare);
			distance = points.signum() > 0 ? points.doubleValue() : 0.0;
		}
		return new AllyYear(row.country(), row.iso3(), row.year(), member, row.estimate(),
				toDouble(row.defenceExpenditureMusd()), toDouble(row.gdpMusd()), share,
				roundedShare == null ? null : roundedShare.doubleValue(), meets(target), gap, rank, spendingChangePct,
				perCapitaUsd, toDouble(row.populationThousands()), toDouble(row.militaryPersonnelThousands()),
				toDouble(row.equipmentSharePct()), meetsEquipmentGuideline(row.equipmentSharePct()), distance);
	}

	/** At or above 20% of defence expenditure on major equipment; null when the share is missing. */
	static @Nullable Boolean meetsEquipmentGuideline(@Nullable BigDecimal equipmentSharePct) {
		return equipmentSharePct == null ? null
				: equipmentSharePct.compareTo(BigDecimal.valueOf(AllyYear.EQUIPMENT_GUIDELINE_PCT)) >= 0;
	}

	private static @Nullable Double toDouble(@Nullable BigDecimal value) {
		return value == null ? null : value.doubleValue();
	}

}
