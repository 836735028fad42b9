package org.pledgewatch.api;

import java.time.Instant;
import java.util.List;

import org.pledgewatch.dataset.DatasetVersion;
import org.pledgewatch.dataset.UploadReceipt;

/** The 201 answer to an accepted upload. {@code years} is {@code [first, last]}. */
record UploadedDataset(int version, int rows, int countries, List<Integer> years, String sha256, Instant uploadedAt,
		String uploadedBy, List<String> warnings) {

	static UploadedDataset of(UploadReceipt receipt) {
		DatasetVersion v = receipt.version();
		return new UploadedDataset(v.version(), v.rows(), v.countries(), List.of(v.firstYear(), v.lastYear()),
				v.sha256(), v.uploadedAt(), v.uploadedBy(), receipt.warnings());
	}

}
