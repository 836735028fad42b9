package org.pledgewatch.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.pledgewatch.dataset.DatasetVersion;
import org.pledgewatch.dataset.UploadReceipt;
import org.pledgewatch.dataset.UploadWarning;
import org.pledgewatch.upload.VersionChanges;

/**
 * The 201 answer to an accepted upload. {@code years} is {@code [first, last]}; {@code warnings} are the messages
 * (as before), {@code warningDetails} the same warnings with their codes and cells; {@code changes} what it changes
 * against the version active when it was uploaded (for a draft, {@code "draft":true}, what publishing it would change).
 */
record UploadedDataset(int version, int rows, int countries, List<Integer> years, String sha256, Instant uploadedAt,
		String uploadedBy, List<String> warnings, String source, @Nullable String sourceUrl, @Nullable String notes,
		@Nullable LocalDate dataAsOf, boolean draft, List<UploadWarningView> warningDetails,
		@Nullable VersionChanges changes) {

	static UploadedDataset of(UploadReceipt receipt, @Nullable VersionChanges changes) {
		DatasetVersion v = receipt.version();
		return new UploadedDataset(v.version(), v.rows(), v.countries(), List.of(v.firstYear(), v.lastYear()),
				v.sha256(), v.uploadedAt(), v.uploadedBy(),
				receipt.warnings().stream().map(UploadWarning::message).toList(), v.source(), v.sourceUrl(), v.notes(),
				v.dataAsOf(), v.storedAsDraft(), receipt.warnings().stream().map(UploadWarningView::of).toList(),
				changes);
	}

}
