package org.pledgewatch.compliance;

import java.math.BigDecimal;

/**
 * A spending target in percent of GDP: above 0 and at most 100, with at most two decimals (NATO's targets are whole or
 * half points; shares are compared to two decimals, so a third decimal could never be met as written).
 * Spring binds request parameters through {@link #valueOf(String)}.
 */
public record Target(BigDecimal pct) {

	private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

	private static final int MAX_LENGTH = 40;

	public Target {
		if (pct.signum() <= 0 || pct.compareTo(HUNDRED) > 0) {
			throw new InvalidTargetException(pct.toPlainString());
		}
		pct = pct.stripTrailingZeros();
		if (pct.scale() > ShownShare.DECIMALS) {
			throw InvalidTargetException.tooManyDecimals(pct.toPlainString());
		}
	}

	/**
	 * Reads "3.5" and, as readers of Dutch, French and German write it, "3,5": a target has at most three digits before
	 * its decimal separator, so a single comma is never a thousands separator here.
	 */
	public static Target valueOf(String text) {
		String number = text.strip();
		// Only ASCII, as uploads: BigDecimal would read "٢" as 2. A sane length first: parsing grows with the square.
		if (number.length() > MAX_LENGTH || !number.chars().allMatch(c -> c < 0x80)) {
			throw new InvalidTargetException(text.length() > MAX_LENGTH ? text.substring(0, MAX_LENGTH) + "..." : text);
		}
		if (number.indexOf(',') == number.lastIndexOf(',') && number.indexOf('.') < 0) {
			number = number.replace(',', '.');
		}
		try {
			return new Target(new BigDecimal(number));
		}
		catch (NumberFormatException ex) {
			throw new InvalidTargetException(text);
		}
	}

	/** The target as a fraction of GDP (2% is 0.02). */
	BigDecimal fraction() {
		return pct.movePointLeft(2);
	}

	public double pctValue() {
		return pct.doubleValue();
	}

}
