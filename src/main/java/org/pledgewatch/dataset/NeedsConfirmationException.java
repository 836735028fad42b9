package org.pledgewatch.dataset;

import java.util.List;

/**
 * Publishing that a plausibility check questions: an upload to be published (nothing was stored) or a draft to be
 * published (nothing was changed). The editor must confirm.
 */
public class NeedsConfirmationException extends RuntimeException {

	private final List<UploadWarning> warnings;

	/** An upload to be published: nothing was stored. */
	public NeedsConfirmationException(List<UploadWarning> warnings) {
		this("The file was not published: " + count(warnings) + " Nothing was stored; send it again with "
				+ "confirm=true to publish it, or with publish=false to preview it as a draft.", warnings);
	}

	private NeedsConfirmationException(String message, List<UploadWarning> warnings) {
		super(message);
		this.warnings = List.copyOf(warnings);
	}

	/** A stored version never published before: it stays as it was, and the active version stays active. */
	static NeedsConfirmationException publishing(int version, List<UploadWarning> warnings) {
		return new NeedsConfirmationException("Version " + version + " was not published: " + count(warnings)
				+ " Nothing was changed; send the request again with confirm=true to publish it.", warnings);
	}

	private static String count(List<UploadWarning> warnings) {
		long questions = warnings.stream().filter(UploadWarning::needsConfirmation).count();
		return questions == 1 ? "1 check needs confirmation." : questions + " checks need confirmation.";
	}

	public List<UploadWarning> warnings() {
		return warnings;
	}

}
