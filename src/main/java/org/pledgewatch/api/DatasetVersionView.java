package org.pledgewatch.api;

import java.time.Instant;
import java.util.List;

import org.pledgewatch.dataset.DatasetVersion;

/** One version in {@code GET /api/datasets}. {@code years} is {@code [first, last]}. */
record DatasetVersionView(int version, boolean active, String uploadedBy, Instant uploadedAt, String filename,
		String sha256, int rows, int countries, List<Integer> years, String csv) {

	static DatasetVersionView of(DatasetVersion v, int activeVersion) {
		return new DatasetVersionView(v.version(), v.version() == activeVersion, v.uploadedBy(), v.uploadedAt(),
				v.filename(), v.sha256(), v.rows(), v.countries(), List.of(v.firstYear(), v.lastYear()),
				"/datasets/" + v.version() + ".csv");
	}

}
