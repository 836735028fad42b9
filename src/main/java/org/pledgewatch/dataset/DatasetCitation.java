package org.pledgewatch.dataset;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.swagger.v3.oas.annotations.media.Schema;
import org.jspecify.annotations.Nullable;

/**
 * The dataset version a figure comes from and how to cite it: every JSON answer, page and download carries one.
 *
 * @param version the dataset version number
 * @param source the publication, e.g. "NATO, Defence Expenditure of NATO Countries (2014-2025), 28 August 2025"
 * @param sourceUrl the publication's address, if recorded
 * @param notes what a reader should know about the figures, if recorded
 * @param dataAsOf the publisher's cut-off date, if recorded
 * @param moneyFigures whether this version gives defence expenditure and GDP in money
 * @param currency the ISO 4217 code its money figures are in ({@code USD} for NATO's editions): every money label
 * names it, and money of versions in different currencies is never compared
 */
@Schema(description = "The dataset version the figures come from, with its source")
public record DatasetCitation(
		@Schema(description = "the dataset version number") int version,
		@Schema(description = "the publication the figures come from") String source,
		@Schema(description = "the publication's address", nullable = true) @Nullable String sourceUrl,
		@Schema(description = "what a reader should know about the figures", nullable = true) @Nullable String notes,
		@Schema(description = "the publisher's cut-off date", nullable = true) @Nullable LocalDate dataAsOf,
		@Schema(description = "whether this version gives defence expenditure and GDP in money") boolean moneyFigures,
		@Schema(description = "the ISO 4217 code of this version's money figures (every *Musd field is in millions of it), e.g. USD or EUR", example = "USD") String currency) {

	public DatasetCitation {
		if (currency == null || currency.isBlank()) {
			currency = VersionSource.DEFAULT_CURRENCY;
		}
	}

	/** A citation of a version in US dollars. */
	public DatasetCitation(int version, String source, @Nullable String sourceUrl, @Nullable String notes,
			@Nullable LocalDate dataAsOf, boolean moneyFigures) {
		this(version, source, sourceUrl, notes, dataAsOf, moneyFigures, VersionSource.DEFAULT_CURRENCY);
	}

	/** Whether money figures of this version and {@code other} may be compared, summed or diffed: same currency. */
	public boolean sameCurrency(DatasetCitation other) {
		return currency.equals(other.currency);
	}

	private static final Pattern PUBLISHED = Pattern.compile("\\b\\d{1,2} ([A-Z][a-z]+) (\\d{4})\\s*$");

	private static final DateTimeFormatter MONTH_YEAR = DateTimeFormatter.ofPattern("MMMM uuuu", Locale.ENGLISH);

	/** A citation for figures that were never stored (tests, examples): names the version only. */
	public static DatasetCitation unrecorded(int version) {
		return new DatasetCitation(version, "Dataset version " + version, null, null, null, true);
	}

	/**
	 * Who published the figures: the source up to its first comma ("NATO" for "NATO, Defence Expenditure of NATO
	 * Countries …"); null when the source names no publisher that way (an upload without a stated source).
	 */
	public @Nullable String publisher() {
		int comma = source.indexOf(',');
		return comma <= 0 ? null : source.substring(0, comma).strip();
	}

	/**
	 * The month the edition was published: the date the source ends with ("…, 1 May 2030"), else the month of the
	 * data-as-of date; null when neither is recorded.
	 */
	public @Nullable YearMonth publishedIn() {
		Matcher date = PUBLISHED.matcher(source);
		if (date.find()) {
			try {
				return YearMonth.parse(date.group(1) + " " + date.group(2), MONTH_YEAR);
			}
			catch (DateTimeParseException ex) {
				// Not a month name: fall back to the data-as-of date.
			}
		}
		return dataAsOf == null ? null : YearMonth.from(dataAsOf);
	}

	/** "NATO, … 2025 (dataset version 2)": the line that goes under every figure and on every download. */
	public String line() {
		return source + " (dataset version " + version + ")";
	}

}
