package org.pledgewatch.api;

import java.util.List;

/** The answer to {@code GET /api/datasets}: every version, oldest first. */
record DatasetVersions(List<DatasetVersionView> versions) {
}
