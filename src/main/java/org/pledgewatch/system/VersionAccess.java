package org.pledgewatch.system;

import org.pledgewatch.dataset.DatasetStore;
import org.pledgewatch.dataset.UnknownVersionException;
import org.pledgewatch.dataset.VersionStates;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Who may see which version: published versions are for everyone, drafts (discarded ones included) for signed-in
 * editors only. To anyone else a draft does not exist: the answer is the same 404 as for a version never stored.
 */
@Component
public class VersionAccess {

	private final DatasetStore store;

	VersionAccess(DatasetStore store) {
		this.store = store;
	}

	/** Whether the current request comes from a signed-in editor (form login or HTTP Basic). */
	public boolean editor() {
		Authentication user = SecurityContextHolder.getContext().getAuthentication();
		return user != null && user.isAuthenticated()
				&& user.getAuthorities().stream().anyMatch(a -> ("ROLE_" + SecurityConfiguration.EDITOR).equals(a.getAuthority()));
	}

	/** What the current reader may see of the versions' states. */
	public VersionStates states() {
		return VersionStates.of(store);
	}

	/**
	 * @throws UnknownVersionException when there is no such version, or it is a draft and the reader no editor
	 */
	public void requireVisible(int version) {
		if (version == store.activeVersion()) {
			return;
		}
		if (store.find(version).isEmpty() && store.damaged().stream().noneMatch(d -> d.version() == version)) {
			throw new UnknownVersionException(version);
		}
		if (!editor() && !states().published(version)) {
			throw new UnknownVersionException(version);
		}
	}

}
