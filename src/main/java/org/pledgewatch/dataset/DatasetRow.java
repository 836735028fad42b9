package org.pledgewatch.dataset;

import java.math.BigDecimal;
import java.math.RoundingMode;

import org.jspecify.annotations.Nullable;

/**
 * One ally-year of the canonical dataset, with the figures exactly as written in the file.
 * Numbers are {@link BigDecimal} so that rounding decisions and re-export use the digits the source published,
 * not their nearest binary double. A {@code null} figure is a missing value and stays missing.
 *
 * @param shareOfGdpPct the share of GDP as the publisher printed it (NATO Table 3), if the file gives one
 * @param realChangePct the annual real change in defence expenditure, % (NATO Table 3, constant prices)
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
		boolean estimate,
		@Nullable BigDecimal shareOfGdpPct,
		@Nullable BigDecimal realChangePct) {

	private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

	/** A row with money figures only: no published share, no real change. */
	public DatasetRow(String country, String iso3, int year, @Nullable BigDecimal defenceExpenditureMusd,
			@Nullable BigDecimal gdpMusd, @Nullable BigDecimal populationThousands,
			@Nullable BigDecimal militaryPersonnelThousands, @Nullable BigDecimal equipmentSharePct, boolean estimate) {
		this(country, iso3, year, defenceExpenditureMusd, gdpMusd, populationThousands, militaryPersonnelThousands,
				equipmentSharePct, estimate, null, null);
	}

	/** Whether the row gives defence expenditure and a positive GDP, so that money-based figures exist. */
	/** The same row naming its ally with the given strings: a large file then holds each name once, not per row. */
	DatasetRow sharingNames(String sharedCountry, String sharedIso3) {
		if (sharedCountry == country && sharedIso3 == iso3) {
			return this;
		}
		return new DatasetRow(sharedCountry, sharedIso3, year, defenceExpenditureMusd, gdpMusd, populationThousands,
				militaryPersonnelThousands, equipmentSharePct, estimate, shareOfGdpPct, realChangePct);
	}

	public boolean hasMoney() {
		return defenceExpenditureMusd != null && gdpMusd != null && gdpMusd.signum() > 0;
	}

	/**
	 * Spending / GDP × 100, rounded half-up to two decimals in exact decimal arithmetic from the figures as written:
	 * 1995 / 100000 × 100 is exactly 1.995 and rounds to 2.00, where binary doubles give 1.99. Null without money.
	 */
	public @Nullable BigDecimal computedShareOfGdpPct() {
		if (!hasMoney()) {
			return null;
		}
		// One exact division to two decimals: no intermediate rounding, and far cheaper than 34 digits first.
		return defenceExpenditureMusd.multiply(HUNDRED).divide(gdpMusd, 2, RoundingMode.HALF_UP);
	}

}
