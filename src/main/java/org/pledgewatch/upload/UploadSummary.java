package org.pledgewatch.upload;

import java.util.List;

import org.pledgewatch.dataset.DatasetVersion;
import org.pledgewatch.dataset.UploadWarning;

/**
 * What the upload page shows after a successful upload.
 *
 * @param version the new, now active, version
 * @param warnings what did not stop the upload
 * @param changes what changed against the version active before
 */
record UploadSummary(DatasetVersion version, List<UploadWarning> warnings, VersionChanges changes) {
}
