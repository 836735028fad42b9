package org.pledgewatch.dataset;

import java.util.List;

/**
 * Something worth saying about an accepted upload.
 *
 * @param code the rule's stable code (see {@link UploadRule})
 * @param messageKey where the words are in {@code messages*.properties}
 * @param arguments the message's arguments, as text
 * @param message the message in English
 */
public record UploadWarning(String code, String messageKey, List<String> arguments, String message) {

	public UploadWarning {
		arguments = List.copyOf(arguments);
	}

}
