package org.pledgewatch.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.pledgewatch.dataset.DamagedVersion;
import org.pledgewatch.dataset.DatasetVersion;

/**
 * One version in {@code GET /api/datasets}. {@code years} is {@code [first, last]}. A damaged version carries only
 * its number, {@code "damaged":true} and {@code damageReason}: its recorded figures cannot be trusted. A draft
 * (listed to editors only) has {@code "draft":true}. {@code currency} is the ISO 4217 code of its money figures.
 */
record DatasetVersionView(int version, boolean active, @Nullable String uploadedBy, @Nullable Instant uploadedAt,
		@Nullable String filename, @Nullable String sha256, @Nullable Integer rows, @Nullable Integer countries,
		@Nullable List<Integer> years, String csv, @Nullable String source, @Nullable String sourceUrl,
		@Nullable String notes, @Nullable LocalDate dataAsOf, @Nullable Boolean moneyFigures,
		@Nullable String currency, boolean draft, boolean damaged, @Nullable String damageReason) {

	static DatasetVersionView of(DatasetVersion v, int activeVersion, boolean draft) {
		return new DatasetVersionView(v.version(), v.version() == activeVersion, v.uploadedBy(), v.uploadedAt(),
				v.filename(), v.sha256(), v.rows(), v.countries(), List.of(v.firstYear(), v.lastYear()),
				"/datasets/" + v.version() + ".csv", v.source(), v.sourceUrl(), v.notes(), v.dataAsOf(),
				v.hasMoneyFigures(), v.currency(), draft, false, null);
	}

	static DatasetVersionView of(DamagedVersion d) {
		return new DatasetVersionView(d.version(), false, null, null, null, null, null, null, null,
				"/datasets/" + d.version() + ".csv", null, null, null, null, null, null, false, true, d.reason());
	}

}
