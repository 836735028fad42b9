package org.pledgewatch.language;

import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.pledgewatch.compliance.ComplianceService;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Formats figures in a language: the pages use the request's locale ({@code ${@figures.pct(x)}} in templates), the
 * reports pass theirs explicitly. A missing value prints as a dash, never as 0 or NaN.
 */
@Component("figures")
public class Figures {

	public static final String MISSING = "—";

	private final MessageSource messages;

	/** The version the request shows, whose currency money is written in; absent outside the application. */
	private final @Nullable ObjectProvider<ComplianceService> compliance;

	public Figures(MessageSource messages) {
		this(messages, null);
	}

	@Autowired
	public Figures(MessageSource messages, @Nullable ObjectProvider<ComplianceService> compliance) {
		this.messages = messages;
		this.compliance = compliance;
	}

	/** The currency of the version the request shows: USD for NATO's editions. */
	private String currency() {
		ComplianceService service = compliance == null ? null : compliance.getIfAvailable();
		return service == null ? CurrencyLabels.USD : service.model().citation().currency();
	}

	/** A share of GDP with its sign: 1.30% in English, 1,30 % in Dutch, French and German. */
	public String pct(@Nullable Double value) {
		return pct(value, locale());
	}

	public String pct(@Nullable Double value, Locale locale) {
		return value == null ? MISSING : percent(decimal(value, 2, 2, locale), locale);
	}

	/** A target as people say it: 2%, 3.5% (3,5 % in Dutch, French, German). */
	public String target(double pct) {
		return target(pct, locale());
	}

	public String target(double pct, Locale locale) {
		return percent(decimal(pct, 0, 2, locale), locale);
	}

	/** A signed change in percent: +12.3%. */
	public String change(@Nullable Double value) {
		return change(value, locale());
	}

	public String change(@Nullable Double value, Locale locale) {
		if (value == null) {
			return MISSING;
		}
		String text = percent(decimal(value, 1, 1, locale), locale);
		return value > 0 ? "+" + text : text;
	}

	/** Percentage points, signed where it matters to the reader: 2.20 points. */
	public String points(@Nullable Double value) {
		return value == null ? MISSING
				: messages.getMessage("figures.points", new Object[] { decimal(value, 2, 2, locale()) }, locale());
	}

	/** A date in the reader's language: May 28, 2024, 28 mei 2024, 28 mai 2024, 28. Mai 2024. */
	public String date(LocalDate date) {
		return date(date, locale());
	}

	public String date(LocalDate date, Locale locale) {
		return DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale).format(date);
	}

	/** Million USD with thousands separators: 8,519 (one decimal below 100: 85.3). */
	public String musd(@Nullable Double value) {
		return value == null ? MISSING : decimal(value, 0, value >= 100 ? 0 : 1, locale());
	}

	/** Millions of the shown version's currency as billions for headlines: $4.6 bn; EUR 4.6 bn for a euro version. */
	public String billions(@Nullable Double musd) {
		return musd == null ? MISSING
				: CurrencyLabels.inCurrency(messages.getMessage("figures.billions",
						new Object[] { decimal(musd / 1000, 1, 1, locale()) }, locale()), currency());
	}

	/** A plain number: population, personnel, USD per head. */
	public String number(@Nullable Double value, int decimals) {
		return number(value, decimals, locale());
	}

	public String number(@Nullable Double value, int decimals, Locale locale) {
		return value == null ? MISSING : decimal(value, decimals, decimals, locale);
	}

	/** A rank as an ordinal: 28th. */
	public String ordinal(@Nullable Integer rank) {
		return ordinal(rank, locale());
	}

	public String ordinal(@Nullable Integer rank, Locale locale) {
		if (rank == null) {
			return MISSING;
		}
		if (rank == 1) {
			return messages.getMessage("figures.ordinal.first", new Object[] { rank }, locale);
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
		return messages.getMessage("figures.ordinal." + suffix, new Object[] { rank }, locale);
	}

	/** A rank as written in a sentence: "28th", or "joint 25th" when {@code sharing} allies share it. */
	public String rank(@Nullable Integer rank, int sharing) {
		return rank(rank, sharing, locale());
	}

	public String rank(@Nullable Integer rank, int sharing, Locale locale) {
		String ordinal = ordinal(rank, locale);
		return rank == null || sharing < 2 ? ordinal
				: messages.getMessage("figures.rank.joint", new Object[] { ordinal }, locale);
	}

	/** Who shares a joint rank: "6 allies at 2.00%". */
	public String tie(int sharing, @Nullable Double share) {
		return messages.getMessage("figures.rank.tie", new Object[] { sharing, pct(share) }, locale());
	}

	/**
	 * A chart axis or bar label format with {@code decimals} decimals, optionally with the language's percent sign:
	 * {@code 1.5%} or {@code 1,5 %}.
	 */
	public NumberFormat chartFormat(int decimals, boolean percent, Locale locale) {
		DecimalFormat format = new DecimalFormat(decimals == 0 ? "0" : "0." + "0".repeat(decimals),
				DecimalFormatSymbols.getInstance(locale));
		format.setRoundingMode(RoundingMode.HALF_UP);
		if (percent) {
			String suffix = percent("", locale);
			format.setPositiveSuffix(suffix);
			format.setNegativeSuffix(suffix);
		}
		return format;
	}

	/** A number in the reader's notation, rounded half-up as NATO rounds: every figure on a page or in a report. */
	private static String decimal(double value, int minDecimals, int maxDecimals, Locale locale) {
		NumberFormat format = NumberFormat.getNumberInstance(locale);
		format.setMinimumFractionDigits(minDecimals);
		format.setMaximumFractionDigits(maxDecimals);
		format.setRoundingMode(RoundingMode.HALF_UP);
		return format.format(value);
	}

	/** The percent sign as the language writes it: 1.30% in English, 1,30 % (no-break space) elsewhere. */
	private String percent(String number, Locale locale) {
		return messages.getMessage("figures.percent", new Object[] { number }, locale);
	}

	private static Locale locale() {
		return LocaleContextHolder.getLocale();
	}

}
