package org.pledgewatch.dataset;

import java.util.List;

/** An upload to be published that a plausibility check questions: nothing was stored; the editor must confirm. */
public class NeedsConfirmationException extends RuntimeException {

	private final List<UploadWarning> warnings;

	public NeedsConfirmationException(List<UploadWarning> warnings) {
		super("The file was not published: " + warnings.size() + " figure(s) need confirmation.");
		this.warnings = List.copyOf(warnings);
	}

	public List<UploadWarning> warnings() {
		return warnings;
	}

}
