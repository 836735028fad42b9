package org.pledgewatch.dataset;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Which versions are published, drafts or discarded drafts, derived from what any {@link DatasetStore} records: the
 * versions' {@link DatasetVersion#draft()} field and the audit log. A version stored as a draft stays one until it
 * is first activated; a discarded draft is one with a {@link AuditEntry#DISCARD} entry. Only published versions are
 * for everyone; drafts are for editors.
 */
public final class VersionStates {

	/** What a stored version is to its readers. */
	public enum State {
		PUBLISHED, DRAFT, DISCARDED
	}

	private final Map<Integer, State> states;

	private VersionStates(Map<Integer, State> states) {
		this.states = states;
	}

	/** Reads the versions, the audit log and the active version once. */
	public static VersionStates of(DatasetStore store) {
		return of(store.versions(), store.auditEntries(), store.activeVersion());
	}

	static VersionStates of(List<DatasetVersion> versions, List<AuditEntry> audit, int activeVersion) {
		Set<Integer> activated = new HashSet<>();
		Set<Integer> discarded = new HashSet<>();
		audit.forEach(entry -> {
			if (AuditEntry.ACTIVATE.equals(entry.action())) {
				activated.add(entry.version());
			}
			else if (AuditEntry.DISCARD.equals(entry.action())) {
				discarded.add(entry.version());
			}
		});
		Map<Integer, State> states = new TreeMap<>();
		for (DatasetVersion v : versions) {
			int n = v.version();
			boolean draft = v.storedAsDraft() && n != activeVersion && !activated.contains(n);
			states.put(n, !draft ? State.PUBLISHED : discarded.contains(n) ? State.DISCARDED : State.DRAFT);
		}
		return new VersionStates(states);
	}

	/** The state of a stored version; {@link State#PUBLISHED} for a version not listed (e.g. kept in memory). */
	public State of(int version) {
		return states.getOrDefault(version, State.PUBLISHED);
	}

	public boolean published(int version) {
		return of(version) == State.PUBLISHED;
	}

	/** A draft not discarded: listed for editors. */
	public boolean draft(int version) {
		return of(version) == State.DRAFT;
	}

	public boolean discarded(int version) {
		return of(version) == State.DISCARDED;
	}

}
