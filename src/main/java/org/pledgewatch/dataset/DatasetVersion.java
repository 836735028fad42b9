package org.pledgewatch.dataset;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

import org.jspecify.annotations.Nullable;

/**
 * What is recorded about one immutable dataset version.
 *
 * @param version the version number
 * @param uploadedBy who uploaded it
 * @param uploadedAt when it was stored
 * @param filename the file name as uploaded
 * @param sha256 hex SHA-256 of the file exactly as uploaded
 * @param rows how many ally-year rows it has
 * @param countries how many distinct allies (iso3) it has
 * @param firstYear the earliest year in it
 * @param lastYear the latest year in it
 * @param source the publication its figures come from; "Uploaded by {user} on {date}" when none was stated
 * @param sourceUrl the publication's address, if given
 * @param notes what a reader should know about the figures, if given
 * @param dataAsOf the publisher's cut-off date, if given
 * @param moneyFigures whether any row gives defence expenditure and GDP in money (null for versions stored before
 * this was recorded, which always did)
 * @param draft true when it was stored as a draft (not published on upload); null otherwise, and for versions stored
 * before drafts existed. Whether it is still a draft (never activated since) is {@link VersionStates}'s to say.
 * @param currency the ISO 4217 code of its money figures; versions stored before this was recorded are in USD
 */
public record DatasetVersion(int version, String uploadedBy, Instant uploadedAt, String filename, String sha256,
		int rows, int countries, int firstYear, int lastYear, String source, @Nullable String sourceUrl,
		@Nullable String notes, @Nullable LocalDate dataAsOf, @Nullable Boolean moneyFigures, @Nullable Boolean draft,
		String currency) {

	public DatasetVersion {
		if (source == null || source.isBlank()) {
			source = unstatedSource(uploadedBy, uploadedAt);
		}
		if (currency == null || currency.isBlank()) {
			currency = VersionSource.DEFAULT_CURRENCY;
		}
	}

	/** A version in US dollars. */
	public DatasetVersion(int version, String uploadedBy, Instant uploadedAt, String filename, String sha256, int rows,
			int countries, int firstYear, int lastYear, @Nullable String source, @Nullable String sourceUrl,
			@Nullable String notes, @Nullable LocalDate dataAsOf, @Nullable Boolean moneyFigures,
			@Nullable Boolean draft) {
		this(version, uploadedBy, uploadedAt, filename, sha256, rows, countries, firstYear, lastYear, source, sourceUrl,
				notes, dataAsOf, moneyFigures, draft, VersionSource.DEFAULT_CURRENCY);
	}

	/** A version stored without source fields. */
	public DatasetVersion(int version, String uploadedBy, Instant uploadedAt, String filename, String sha256, int rows,
			int countries, int firstYear, int lastYear) {
		this(version, uploadedBy, uploadedAt, filename, sha256, rows, countries, firstYear, lastYear, null, null, null,
				null, null, null);
	}

	/** A version stored without the draft field: published on upload. */
	public DatasetVersion(int version, String uploadedBy, Instant uploadedAt, String filename, String sha256, int rows,
			int countries, int firstYear, int lastYear, @Nullable String source, @Nullable String sourceUrl,
			@Nullable String notes, @Nullable LocalDate dataAsOf, @Nullable Boolean moneyFigures) {
		this(version, uploadedBy, uploadedAt, filename, sha256, rows, countries, firstYear, lastYear, source, sourceUrl,
				notes, dataAsOf, moneyFigures, null);
	}

	/** The source recorded when an upload states none. */
	static String unstatedSource(String uploadedBy, Instant uploadedAt) {
		return UNSTATED_PREFIX + uploadedBy + UNSTATED_ON + LocalDate.ofInstant(uploadedAt, ZoneOffset.UTC);
	}

	private static final String UNSTATED_PREFIX = "Uploaded by ";

	private static final String UNSTATED_ON = " on ";

	/**
	 * Who uploaded a version without a source, and when, read back from the recorded source ("Uploaded by editor on
	 * 2025-01-31"), so pages can say it in the reader's language; empty for a stated source.
	 */
	public static java.util.Optional<UnstatedSource> unstated(String source) {
		int on = source.lastIndexOf(UNSTATED_ON);
		if (!source.startsWith(UNSTATED_PREFIX) || on < UNSTATED_PREFIX.length()) {
			return java.util.Optional.empty();
		}
		try {
			return java.util.Optional.of(new UnstatedSource(source.substring(UNSTATED_PREFIX.length(), on),
					LocalDate.parse(source.substring(on + UNSTATED_ON.length()))));
		}
		catch (java.time.format.DateTimeParseException ex) {
			return java.util.Optional.empty();
		}
	}

	/** An upload without a stated source: who stored it, on which day (UTC). */
	public record UnstatedSource(String uploadedBy, LocalDate on) {
	}

	/** Whether the version gives money figures (spending and GDP); versions stored before this was recorded did. */
	public boolean hasMoneyFigures() {
		return moneyFigures == null || moneyFigures;
	}

	/** Whether it was stored as a draft, to be published (activated) later. */
	public boolean storedAsDraft() {
		return Boolean.TRUE.equals(draft);
	}

	/** What every figure from this version is cited with. */
	public DatasetCitation citation() {
		return new DatasetCitation(version, source, sourceUrl, notes, dataAsOf, hasMoneyFigures(), currency);
	}

}
