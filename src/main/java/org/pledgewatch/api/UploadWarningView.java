package org.pledgewatch.api;

import org.jspecify.annotations.Nullable;
import org.pledgewatch.dataset.UploadWarning;

/**
 * A warning in an API answer: its stable {@code code}, the English {@code message}, whether it holds back publishing,
 * and for a plausibility warning the cell it is about ({@code row}, {@code column}, {@code oldValue} in the published
 * version, {@code newValue} in the upload).
 */
record UploadWarningView(String code, String message, boolean needsConfirmation, @Nullable String row,
		@Nullable String column, @Nullable String oldValue, @Nullable String newValue) {

	static UploadWarningView of(UploadWarning warning) {
		UploadWarning.Cell cell = warning.cell();
		return new UploadWarningView(warning.code(), warning.message(), warning.needsConfirmation(),
				cell == null ? null : cell.row(), cell == null ? null : cell.column(),
				cell == null ? null : cell.before(), cell == null ? null : cell.after());
	}

}
