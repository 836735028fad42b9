package org.pledgewatch.dataset;

import java.util.List;

/**
 * An accepted upload: the version it became (now active) and what was worth saying about it.
 *
 * @param version the new version's metadata
 * @param warnings problems that did not stop the upload (an unknown column, say)
 */
public record UploadReceipt(DatasetVersion version, List<UploadWarning> warnings) {

	public UploadReceipt {
		warnings = List.copyOf(warnings);
	}

}
