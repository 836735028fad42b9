package org.pledgewatch.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.pledgewatch.dataset.DatasetVersion;

/** One version in {@code GET /api/datasets}. {@code years} is {@code [first, last]}. */
record DatasetVersionView(int version, boolean active, String uploadedBy, Instant uploadedAt, String filename,
		String sha256, int rows, int countries, List<Integer> years, String csv, String source,
		@Nullable String sourceUrl, @Nullable String notes, @Nullable LocalDate dataAsOf, boolean moneyFigures) {

	static DatasetVersionView of(DatasetVersion v, int activeVersion) {
		return new DatasetVersionView(v.version(), v.version() == activeVersion, v.uploadedBy(), v.uploadedAt(),
				v.filename(), v.sha256(), v.rows(), v.countries(), List.of(v.firstYear(), v.lastYear()),
				"/datasets/" + v.version() + ".csv", v.source(), v.sourceUrl(), v.notes(), v.dataAsOf(),
				v.hasMoneyFigures());
	}

}
