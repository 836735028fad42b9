package org.pledgewatch.compliance;

import java.math.BigDecimal;
import java.math.RoundingMode;

import org.jspecify.annotations.Nullable;

/**
 * The one rule for the share a reader sees: the share used rounded half-up to two decimals in exact decimal
 * arithmetic, as NATO prints it. The verdict, rank, gaps, map band, every sentence, table, chart, file and JSON field
 * that shows a share takes this value; nothing rounds a share again (a second rounding of a binary double printed
 * 1,995 / 100,000 as "1.99%" beside "meets 2%").
 */
public final class ShownShare {

	/** Decimals of a shown share: NATO prints two. */
	public static final int DECIMALS = 2;

	/** Decimals kept of a ratio computed here (an unrounded share, a change, a figure per head) in JSON and files. */
	static final int RATIO_DECIMALS = 10;

	private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

	private ShownShare() {
	}

	/** {@code share} as shown: half-up to two decimals. */
	public static BigDecimal of(BigDecimal share) {
		return share.setScale(DECIMALS, RoundingMode.HALF_UP);
	}

	/** {@code share} as shown, or null. */
	public static @Nullable BigDecimal ofNullable(@Nullable BigDecimal share) {
		return share == null ? null : of(share);
	}

	/** Spending / GDP × 100 to {@link #RATIO_DECIMALS} decimals, exact up to that last digit. */
	static BigDecimal ratioPct(BigDecimal part, BigDecimal whole) {
		return part.multiply(HUNDRED).divide(whole, RATIO_DECIMALS, RoundingMode.HALF_UP).stripTrailingZeros();
	}

	/**
	 * A ratio Tablesaw computed in binary doubles, to {@link #RATIO_DECIMALS} decimals: no binary noise
	 * ({@code 10.000000000000009}) reaches a reader or a JSON answer. Null for NaN or infinity.
	 */
	static @Nullable Double ratio(double value) {
		if (Double.isNaN(value) || Double.isInfinite(value)) {
			return null;
		}
		return BigDecimal.valueOf(value).setScale(RATIO_DECIMALS, RoundingMode.HALF_UP).doubleValue();
	}

	static @Nullable Double toDouble(@Nullable BigDecimal value) {
		return value == null ? null : value.doubleValue();
	}

}
