package org.pledgewatch.report;

import java.text.NumberFormat;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.pledgewatch.compliance.AllyYear;
import org.pledgewatch.dataset.DatasetCitation;
import org.pledgewatch.compliance.YearSummary;
import org.pledgewatch.language.CountryNames;
import org.pledgewatch.language.CurrencyLabels;
import org.pledgewatch.language.EditionNames;
import org.pledgewatch.language.Figures;
import org.pledgewatch.language.PartialYearCounts;
import org.springframework.context.MessageSource;

/**
 * Every word and number a report prints, in one language: {@code report.*} messages, figures as the pages write them
 * in that language, and allies' names as the pages translate them. Arguments are passed to messages as text, so a
 * year never gains a thousands separator.
 */
final class ReportText {

	static final String MISSING = Figures.MISSING;

	private final MessageSource messages;

	private final Figures figures;

	private final CountryNames names;

	private final Locale locale;

	/** The ISO 4217 code of the version's money: every money label names it. */
	private final String currency;

	ReportText(MessageSource messages, Figures figures, CountryNames names, Locale locale) {
		this(messages, figures, names, locale, CurrencyLabels.USD);
	}

	ReportText(MessageSource messages, Figures figures, CountryNames names, Locale locale, String currency) {
		this.messages = messages;
		this.figures = figures;
		this.names = names;
		this.locale = locale;
		this.currency = currency;
	}

	Locale locale() {
		return locale;
	}

	/** "8 of 32 allies have reported; all 8 meet 2%": a partial year's counts, worded once for pages and reports. */
	String partialCounts(YearSummary summary) {
		return new PartialYearCounts(messages).counts(summary, target(summary.targetPct()), locale);
	}

	/** "2026 is a partial year: 8 of 32 allies have reported; all 8 meet 2%." */
	String partialNote(YearSummary summary) {
		return message("partial.note", summary.year(), partialCounts(summary));
	}

	/** A rank in a partial year: "6th of the 8 allies that have reported so far (32 members)". */
	String partialRank(int rank, YearSummary summary) {
		return new PartialYearCounts(messages).rank(ordinal(rank), summary.alliesReporting(),
				summary.membersThatYear(), locale);
	}

	String get(String key, Object... args) {
		Object[] texts = Arrays.stream(args).map(String::valueOf).toArray();
		return CurrencyLabels.inCurrency(messages.getMessage(key, texts, locale), currency);
	}

	/** A message whose arguments keep their types, for patterns such as {@code {0,number,#}}. */
	String message(String key, Object... args) {
		return CurrencyLabels.inCurrency(messages.getMessage(key, args, locale), currency);
	}

	/** A share of GDP with the language's percent sign: {@code 1.30%}, {@code 1,30 %}. */
	String pct(@Nullable Double value) {
		return figures.pct(value, locale);
	}

	/** A share of GDP in a column headed "(%)": {@code 1.30}, {@code 1,30}. */
	String share(@Nullable Double value) {
		return figures.number(value, 2, locale);
	}

	String target(double pct) {
		return figures.target(pct, locale);
	}

	/** Whole million US dollars: {@code 4,596}, {@code 4.596}. */
	String musd(@Nullable Double value) {
		return figures.number(value, 0, locale);
	}

	String change(@Nullable Double value) {
		return figures.change(value, locale);
	}

	/** Signed percentage points with two decimals: {@code +0.33}, {@code +0,33}. */
	String points(double value) {
		return (value > 0 ? "+" : "") + figures.number(value, 2, locale);
	}

	/** An edition as readers name it: "NATO's June 2024 edition". */
	String edition(DatasetCitation citation) {
		return new EditionNames(messages).name(citation, locale);
	}

	String ordinal(int rank) {
		return figures.ordinal(rank, locale);
	}

	/** A rank as a sentence writes it: "28th", or "joint 25th" when {@code sharing} allies share it. */
	String rank(int rank, int sharing) {
		return figures.rank(rank, sharing, locale);
	}

	String date(LocalDate date) {
		return figures.date(date, locale);
	}

	String country(AllyYear row) {
		return names.name(row.iso3(), row.country(), locale);
	}

	String country(String iso3, String datasetName) {
		return names.name(iso3, datasetName, locale);
	}

	NumberFormat chartFormat(int decimals, boolean percent) {
		return figures.chartFormat(decimals, percent, locale);
	}

}
