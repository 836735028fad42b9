package org.pledgewatch.compliance;

import java.math.BigDecimal;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * The "since 2014" sentence's figures, the same on the country page and in the PDF briefing: how an ally's share of
 * GDP moved from its first reported year to a later one. It starts at the first year with a share (not the first
 * row, which may have none) and uses the rounded shares, as NATO prints them and as the verdict and rank use them.
 *
 * @param fromYear the ally's first year with a share of GDP
 * @param fromPct its share then, rounded to two decimals
 * @param toYear the later year
 * @param toPct its share that year, rounded to two decimals
 * @param fromMusd defence expenditure in the first year, million USD; null when the edition gives no money
 * @param toMusd defence expenditure in the later year, million USD; null when the edition gives no money
 */
public record ShareSince(int fromYear, double fromPct, int toYear, double toPct, @Nullable Double fromMusd,
		@Nullable Double toMusd) {

	/**
	 * From {@code history}'s first reported year to {@code now}; null when {@code now} has no share or no earlier
	 * year has one.
	 */
	public static @Nullable ShareSince of(CountryHistory history, @Nullable AllyYear now) {
		if (now == null || now.shareOfGdpPctRounded() == null) {
			return null;
		}
		AllyYear first = history.rows().stream().filter(AllyYear::reported).findFirst().orElse(null);
		if (first == null || first.year() >= now.year()) {
			return null;
		}
		return new ShareSince(first.year(), Objects.requireNonNull(first.shareOfGdpPctRounded()), now.year(),
				now.shareOfGdpPctRounded(), first.defenceExpenditureMusd(), now.defenceExpenditureMusd());
	}

	/** The change in percentage points of GDP between the two rounded shares, itself to two decimals. */
	public double changePts() {
		return BigDecimal.valueOf(toPct).subtract(BigDecimal.valueOf(fromPct)).doubleValue();
	}

	/** Whether the rounded share is the same in both years. */
	public boolean unchanged() {
		return changePts() == 0;
	}

	/** The change in defence expenditure in current US dollars, %; null without money figures for both years. */
	public @Nullable Double spendingChangePct() {
		if (fromMusd == null || toMusd == null || fromMusd <= 0) {
			return null;
		}
		return (toMusd / fromMusd - 1) * 100;
	}

}
