package org.pledgewatch.upload;

import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.pledgewatch.dataset.DatasetVersion;
import org.pledgewatch.dataset.UploadWarning;

/**
 * What the page that asks before an action on a version shows: what the action does, and for a version never
 * published before every check that questions it (publishing it then takes the editor's explicit confirmation).
 *
 * @param kind what the editor is about to do
 * @param version the version it is done to
 * @param activeVersion the version readers see now
 * @param questions the checks that question publishing it, against the active version; empty for a rollback
 * @param changes what it changes against the active version; null when that could not be worked out, or for a
 * discard
 */
record PendingAction(Kind kind, DatasetVersion version, int activeVersion, List<UploadWarning> questions,
		@Nullable VersionChanges changes) {

	PendingAction {
		questions = List.copyOf(questions);
	}

	/** The three actions on a stored version. */
	enum Kind {
		/** Make a draft the active version: readers see it for the first time. */
		PUBLISH,
		/** Make a version published before the active one again (a rollback or forward). */
		ACTIVATE,
		/** Set a draft aside. */
		DISCARD
	}

	/** The last part of the action's message keys ({@code datasets.confirm.title.publish}, …). */
	public String key() {
		return kind.name().toLowerCase(Locale.ROOT);
	}

	public int number() {
		return version.version();
	}

	/** Whether the form must carry the editor's confirmation ({@code confirm=true}) to publish. */
	public boolean needsConfirmation() {
		return !questions.isEmpty();
	}

	/** Whether the action is done through the activate endpoint (publish or roll back), not discard. */
	public boolean activates() {
		return kind != Kind.DISCARD;
	}

}
