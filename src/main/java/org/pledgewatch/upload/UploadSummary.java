package org.pledgewatch.upload;

import java.util.List;

import org.pledgewatch.dataset.DatasetVersion;
import org.pledgewatch.dataset.UploadWarning;

/**
 * What the upload page shows after a successful upload: the preview of a draft.
 *
 * @param version the new draft version
 * @param warnings what did not stop the upload
 * @param changes what publishing it would change against the published (active) version
 */
record UploadSummary(DatasetVersion version, List<UploadWarning> warnings, VersionChanges changes) {

	/** The warnings, those that need a second look before publishing first. */
	public List<UploadWarning> orderedWarnings() {
		return warnings.stream().sorted(java.util.Comparator.comparing(w -> !w.needsConfirmation())).toList();
	}

	/** Whether a plausibility check questions a figure: the page asks for a second look before publishing. */
	public boolean needsConfirmation() {
		return warnings.stream().anyMatch(UploadWarning::needsConfirmation);
	}

}
