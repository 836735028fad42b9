package org.pledgewatch.dataset;

import java.util.List;

/**
 * An accepted upload: the version it became (now active) and what was worth saying about it.
 *
 * @param version the new version's metadata
 * @param warnings problems that did not stop the upload (an unknown column, say), plausibility warnings included
 * @param comparedWith the version that was active (published) when the upload was checked
 */
public record UploadReceipt(DatasetVersion version, List<UploadWarning> warnings, int comparedWith) {

	public UploadReceipt {
		warnings = List.copyOf(warnings);
	}

}
