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
 * (as before), {@code warningDetails} the same warnings with their codes and cells, the first
 * {@value #MAX_LISTED_WARNINGS} of {@code warningCount} in both; {@code changes} what it changes
 * against the version active when it was uploaded (for a draft, {@code "draft":true}, what publishing it would change).
 */
record UploadedDataset(int version, int rows, int countries, List<Integer> years, String sha256, Instant uploadedAt,
		String uploadedBy, List<String> warnings, String source, @Nullable String sourceUrl, @Nullable String notes,
		@Nullable LocalDate dataAsOf, boolean draft, List<UploadWarningView> warningDetails,
		@Nullable VersionChanges changes, int warningCount) {

	/** Warnings listed in an answer, as errors are; {@code warningCount} counts them all. */
	static final int MAX_LISTED_WARNINGS = 100;

	static UploadedDataset of(UploadReceipt receipt, @Nullable VersionChanges changes) {
		DatasetVersion v = receipt.version();
		List<UploadWarning> listed = receipt.warnings().stream().limit(MAX_LISTED_WARNINGS).toList();
		return new UploadedDataset(v.version(), v.rows(), v.countries(), List.of(v.firstYear(), v.lastYear()),
				v.sha256(), v.uploadedAt(), v.uploadedBy(), listed.stream().map(UploadWarning::message).toList(),
				v.source(), v.sourceUrl(), v.notes(), v.dataAsOf(), v.storedAsDraft(),
				listed.stream().map(UploadWarningView::of).toList(), changes, receipt.warnings().size());
	}

}
