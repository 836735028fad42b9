package org.pledgewatch.compliance;

import java.math.BigDecimal;

/**
 * A spending target in percent of GDP: above 0 and at most 100.
 * Spring binds request parameters through {@link #valueOf(String)}.
 */
public record Target(BigDecimal pct) {

	private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

	public Target {
		if (pct.signum() <= 0 || pct.compareTo(HUNDRED) > 0) {
			throw new InvalidTargetException(pct.toPlainString());
		}
		pct = pct.stripTrailingZeros();
	}

	public static Target valueOf(String text) {
		try {
			return new Target(new BigDecimal(text.strip()));
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
