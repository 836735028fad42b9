package org.pledgewatch.dataset;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * Something worth saying about an accepted upload.
 *
 * @param code the rule's stable code (see {@link UploadRule})
 * @param messageKey where the words are in {@code messages*.properties}
 * @param arguments the message's arguments, as text
 * @param message the message in English
 * @param needsConfirmation whether it holds back publishing until the editor confirms (a plausibility check)
 * @param cell the figure it is about, where there is one
 */
public record UploadWarning(String code, String messageKey, List<String> arguments, String message,
		boolean needsConfirmation, @Nullable Cell cell) {

	public UploadWarning {
		arguments = List.copyOf(arguments);
	}

	/** An ordinary warning, not about one figure: it never holds back publishing. */
	public UploadWarning(String code, String messageKey, List<String> arguments, String message) {
		this(code, messageKey, arguments, message, false, null);
	}

	/**
	 * The figure a plausibility warning is about.
	 *
	 * @param row the ally-year ("Belgium (BEL) 2024") or year it is in
	 * @param column the canonical column
	 * @param before the value in the published (active) version, as written there; null when it has none
	 * @param after the value in the upload, as written; null when it has none
	 */
	public record Cell(String row, String column, @Nullable String before, @Nullable String after) {
	}

}
