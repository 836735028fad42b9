package org.pledgewatch.dashboard;

import java.math.RoundingMode;
import java.text.NumberFormat;
import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Formats figures for the pages in the reader's locale ({@code ${@figures.pct(x)}} in templates). A missing value
 * prints as a dash, never as 0 or NaN.
 */
@Component("figures")
public class Figures {

	private static final String MISSING = "—";

	private final MessageSource messages;

	Figures(MessageSource messages) {
		this.messages = messages;
	}

	/** A share of GDP: 1.30%. */
	public String pct(@Nullable Double value) {
		if (value == null) {
			return MISSING;
		}
		NumberFormat format = NumberFormat.getPercentInstance(locale());
		format.setMinimumFractionDigits(2);
		format.setMaximumFractionDigits(2);
		format.setRoundingMode(RoundingMode.HALF_UP);
		return format.format(value / 100);
	}

	/** A target as people say it: 2%, 3.5%. */
	public String target(double pct) {
		NumberFormat format = NumberFormat.getPercentInstance(locale());
		format.setMinimumFractionDigits(0);
		format.setMaximumFractionDigits(2);
		return format.format(pct / 100);
	}

	/** A signed change in percent: +12.3%. */
	public String change(@Nullable Double value) {
		if (value == null) {
			return MISSING;
		}
		NumberFormat format = NumberFormat.getPercentInstance(locale());
		format.setMinimumFractionDigits(1);
		format.setMaximumFractionDigits(1);
		String text = format.format(value / 100);
		return value > 0 ? "+" + text : text;
	}

	/** Million USD with thousands separators: 8,519. */
	public String musd(@Nullable Double value) {
		if (value == null) {
			return MISSING;
		}
		NumberFormat format = NumberFormat.getNumberInstance(locale());
		format.setMaximumFractionDigits(value >= 100 ? 0 : 1);
		return format.format(value);
	}

	/** Million USD as billions for headlines: $4.6 bn. */
	public String billions(@Nullable Double musd) {
		if (musd == null) {
			return MISSING;
		}
		NumberFormat format = NumberFormat.getNumberInstance(locale());
		format.setMinimumFractionDigits(1);
		format.setMaximumFractionDigits(1);
		return messages.getMessage("figures.billions", new Object[] { format.format(musd / 1000) }, locale());
	}

	/** A plain number: population, personnel, USD per head. */
	public String number(@Nullable Double value, int decimals) {
		if (value == null) {
			return MISSING;
		}
		NumberFormat format = NumberFormat.getNumberInstance(locale());
		format.setMinimumFractionDigits(decimals);
		format.setMaximumFractionDigits(decimals);
		return format.format(value);
	}

	/** A rank as an ordinal: 28th. */
	public String ordinal(@Nullable Integer rank) {
		if (rank == null) {
			return MISSING;
		}
		String suffix;
		int lastTwo = rank % 100;
		if (lastTwo >= 11 && lastTwo <= 13) {
			suffix = "th";
		}
		else {
			suffix = switch (rank % 10) {
				case 1 -> "st";
				case 2 -> "nd";
				case 3 -> "rd";
				default -> "th";
			};
		}
		return messages.getMessage("figures.ordinal." + suffix, new Object[] { rank }, locale());
	}

	private static Locale locale() {
		return LocaleContextHolder.getLocale();
	}

}
