package org.pledgewatch.report;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

/** How the PDF prints numbers: English separators, NATO's two decimals for shares, whole millions for money. */
final class Figures {

	static final String MISSING = "–";

	private Figures() {
	}

	/** A share of GDP as NATO prints it: {@code 1.30%}. */
	static String pct(@Nullable Double value) {
		return value == null ? MISSING : format("0.00", value) + "%";
	}

	/** A target: {@code 2%}, {@code 3.5%}. */
	static String target(double pct) {
		return format("0.##", pct) + "%";
	}

	/** Million US dollars, whole: {@code 4,596}. */
	static String musd(@Nullable Double value) {
		return value == null ? MISSING : format("#,##0", value);
	}

	/** A signed change: {@code +12.3%}, {@code -4.0%}. */
	static String change(@Nullable Double value) {
		return value == null ? MISSING : (value > 0 ? "+" : "") + format("0.0", value) + "%";
	}

	/** 1st, 2nd, 3rd, 4th, 11th, 12th, 13th, 21st. */
	static String ordinal(int n) {
		int lastTwo = n % 100;
		String suffix = (lastTwo >= 11 && lastTwo <= 13) ? "th" : switch (n % 10) {
			case 1 -> "st";
			case 2 -> "nd";
			case 3 -> "rd";
			default -> "th";
		};
		return n + suffix;
	}

	private static String format(String pattern, double value) {
		DecimalFormat format = new DecimalFormat(pattern, DecimalFormatSymbols.getInstance(Locale.ENGLISH));
		format.setRoundingMode(java.math.RoundingMode.HALF_UP);
		return format.format(value);
	}

}
