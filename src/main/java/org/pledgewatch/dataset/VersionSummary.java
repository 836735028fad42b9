package org.pledgewatch.dataset;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.IntSummaryStatistics;

/** Computes the metadata recorded for a new version. */
final class VersionSummary {

	private VersionSummary() {
	}

	static DatasetVersion of(int number, NewVersion candidate, Instant at) {
		IntSummaryStatistics years = candidate.rows().stream().mapToInt(DatasetRow::year).summaryStatistics();
		int countries = (int) candidate.rows().stream().map(DatasetRow::iso3).distinct().count();
		VersionSource source = candidate.source();
		boolean money = candidate.rows().stream().anyMatch(DatasetRow::hasMoney);
		return new DatasetVersion(number, candidate.uploadedBy(), at, candidate.filename(),
				sha256(candidate.content()), candidate.rows().size(), countries, years.getMin(), years.getMax(),
				source.source(), source.sourceUrl(), source.notes(), source.dataAsOf(), money,
				candidate.draft() ? Boolean.TRUE : null, source.currency());
	}

	static String sha256(byte[] content) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("Every Java runtime has SHA-256", ex);
		}
	}

}
