package org.pledgewatch.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.pledgewatch.dataset.DatasetVersion;
import org.pledgewatch.dataset.UploadReceipt;
import org.pledgewatch.dataset.UploadWarning;

/** The 201 answer to an accepted upload. {@code years} is {@code [first, last]}. */
record UploadedDataset(int version, int rows, int countries, List<Integer> years, String sha256, Instant uploadedAt,
		String uploadedBy, List<String> warnings, String source, @Nullable String sourceUrl, @Nullable String notes,
		@Nullable LocalDate dataAsOf) {

	static UploadedDataset of(UploadReceipt receipt) {
		DatasetVersion v = receipt.version();
		return new UploadedDataset(v.version(), v.rows(), v.countries(), List.of(v.firstYear(), v.lastYear()),
				v.sha256(), v.uploadedAt(), v.uploadedBy(), receipt.warnings().stream().map(UploadWarning::message).toList(), v.source(), v.sourceUrl(), v.notes(),
				v.dataAsOf());
	}

}
