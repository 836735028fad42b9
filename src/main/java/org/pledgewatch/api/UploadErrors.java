package org.pledgewatch.api;

import java.util.List;

import org.pledgewatch.dataset.RowError;

/** The 400 answer to a rejected upload: the first errors in file order, and how many there are in all. */
record UploadErrors(List<RowError> errors, int errorCount) {
}
