package org.pledgewatch.dataset;

import java.math.BigDecimal;

import org.jspecify.annotations.Nullable;

/**
 * One ally-year of the canonical dataset, with the figures exactly as written in the file.
 * Numbers are {@link BigDecimal} so that rounding decisions and re-export use the digits the source published,
 * not their nearest binary double. A {@code null} figure is a missing value and stays missing.
 */
public record DatasetRow(
		String country,
		String iso3,
		int year,
		@Nullable BigDecimal defenceExpenditureMusd,
		@Nullable BigDecimal gdpMusd,
		@Nullable BigDecimal populationThousands,
		@Nullable BigDecimal militaryPersonnelThousands,
		@Nullable BigDecimal equipmentSharePct,
		boolean estimate) {
}
