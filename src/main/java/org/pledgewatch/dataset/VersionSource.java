package org.pledgewatch.dataset;

import java.net.URI;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import org.jspecify.annotations.Nullable;

/**
 * Where an uploaded version's figures come from, as the editor states it: the publication, its address, notes and
 * the date the figures are as of. Every field is optional at upload; a version without a source is recorded with
 * "Uploaded by … on …" instead (see {@link DatasetVersion}).
 *
 * @param source the publication, e.g. "NATO, Defence Expenditure of NATO Countries (2014-2025), 28 August 2025"
 * @param sourceUrl an http(s) address of the publication
 * @param notes what a reader should know about the figures (which tables, what is missing)
 * @param dataAsOf the publisher's cut-off date for the figures
 * @param currency the ISO 4217 code of the money figures (three uppercase letters); USD when none is stated
 */
public record VersionSource(@Nullable String source, @Nullable String sourceUrl, @Nullable String notes,
		@Nullable LocalDate dataAsOf, String currency) {

	/** The currency of a version that states none: NATO publishes its money tables in US dollars. */
	public static final String DEFAULT_CURRENCY = "USD";

	static final int MAX_SOURCE = 300;

	static final int MAX_URL = 500;

	static final int MAX_NOTES = 2000;

	public VersionSource {
		source = clean("source", source, MAX_SOURCE, false);
		sourceUrl = clean("sourceUrl", sourceUrl, MAX_URL, false);
		notes = clean("notes", notes, MAX_NOTES, true);
		if (sourceUrl != null && !isWebAddress(sourceUrl)) {
			throw new InvalidSourceException("sourceUrl must be an http:// or https:// address.");
		}
		currency = currency(currency);
	}

	/** A source in US dollars. */
	public VersionSource(@Nullable String source, @Nullable String sourceUrl, @Nullable String notes,
			@Nullable LocalDate dataAsOf) {
		this(source, sourceUrl, notes, dataAsOf, DEFAULT_CURRENCY);
	}

	/** No source stated. */
	public static VersionSource none() {
		return new VersionSource(null, null, null, null);
	}

	/** Reads the form or multipart fields as typed; blank fields are absent. */
	public static VersionSource of(@Nullable String source, @Nullable String sourceUrl, @Nullable String notes,
			@Nullable String dataAsOf) {
		return of(source, sourceUrl, notes, dataAsOf, null);
	}

	/** As {@link #of(String, String, String, String)}, with the money figures' currency; blank is USD. */
	public static VersionSource of(@Nullable String source, @Nullable String sourceUrl, @Nullable String notes,
			@Nullable String dataAsOf, @Nullable String currency) {
		return new VersionSource(source, sourceUrl, notes, date(dataAsOf), currency == null ? "" : currency);
	}

	/**
	 * An ISO 4217 code as three uppercase letters ({@code EUR}); blank is USD. A code Java does not know as a
	 * currency is refused, so "EUROS" or "E" never labels a version's money.
	 */
	static String currency(@Nullable String code) {
		if (code == null || code.isBlank()) {
			return DEFAULT_CURRENCY;
		}
		String text = code.strip();
		boolean known;
		try {
			known = text.matches("[A-Z]{3}") && java.util.Currency.getInstance(text) != null;
		}
		catch (IllegalArgumentException ex) {
			known = false;
		}
		if (!known) {
			throw new InvalidSourceException("currency must be an ISO 4217 code of three uppercase letters, e.g. USD or "
					+ "EUR (was \"" + (text.length() > 20 ? text.substring(0, 20) + "…" : text).replaceAll("\\p{Cntrl}", "")
					+ "\").");
		}
		return text;
	}

	public boolean stated() {
		return source != null;
	}

	private static @Nullable LocalDate date(@Nullable String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		LocalDate date;
		try {
			date = LocalDate.parse(text.strip());
		}
		catch (DateTimeParseException ex) {
			throw new InvalidSourceException("dataAsOf must be a date written as YYYY-MM-DD, e.g. 2025-06-03.");
		}
		// The years a file's figures may have: +999999999-12-31 parses, and would be printed as the figures' date.
		if (date.getYear() < RowReader.MIN_YEAR || date.getYear() > RowReader.MAX_YEAR) {
			throw new InvalidSourceException("dataAsOf must be a date from " + RowReader.MIN_YEAR + "-01-01 to "
					+ RowReader.MAX_YEAR + "-12-31, written as YYYY-MM-DD; got " + text.strip() + ".");
		}
		return date;
	}

	private static @Nullable String clean(String field, @Nullable String value, int max, boolean multiline) {
		if (value == null || value.isBlank()) {
			return null;
		}
		String text = multiline ? value.strip().replace("\r\n", "\n") : value.strip();
		boolean control = text.chars().anyMatch(c -> Character.isISOControl(c) && !(multiline && c == '\n'));
		if (control) {
			throw new InvalidSourceException(field + " must not contain control characters.");
		}
		if (text.length() > max) {
			throw new InvalidSourceException(field + " is longer than " + max + " characters.");
		}
		return text;
	}

	private static boolean isWebAddress(String text) {
		try {
			URI uri = new URI(text);
			return ("http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme()))
					&& uri.getHost() != null;
		}
		catch (java.net.URISyntaxException ex) {
			return false;
		}
	}

}
