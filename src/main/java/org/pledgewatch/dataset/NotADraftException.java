package org.pledgewatch.dataset;

/** Only a draft can be discarded: a published version stays listed, so that every figure once cited can be found. */
public class NotADraftException extends RuntimeException {

	public NotADraftException(int version) {
		super("Version " + version + " is not a draft: only drafts can be discarded.");
	}

}
