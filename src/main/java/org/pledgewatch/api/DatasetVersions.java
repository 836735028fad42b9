package org.pledgewatch.api;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * The answer to {@code GET /api/datasets}: every version, oldest first, damaged ones included, and whether the
 * store can take uploads and activations ({@code storeReason} says why not).
 */
record DatasetVersions(List<DatasetVersionView> versions, boolean storeWritable, @Nullable String storeReason) {
}
