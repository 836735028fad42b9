package org.pledgewatch.compliance;

import java.util.Objects;
import java.util.Optional;

import org.pledgewatch.dataset.DatasetActivated;
import org.pledgewatch.dataset.DatasetStore;
import org.pledgewatch.dataset.DatasetVersion;
import org.pledgewatch.dataset.RecentVersions;
import org.pledgewatch.dataset.VersionStates;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;

/**
 * Finds, for the version shown, the previous published edition of the same publisher (the newest published version
 * older than it whose source names the same publisher; drafts never count) and what the shown version revised in it.
 * Worked out once per shown version; publishing a version forgets them, since the previous edition may change.
 */
@Service
public class PreviousEditions {

	private static final Logger log = LoggerFactory.getLogger(PreviousEditions.class);

	private final ObjectProvider<DatasetStore> stores;

	private final ComplianceService compliance;

	/**
	 * By shown version, for the few versions asked for most recently (each holds its previous edition's model): never
	 * one per stored version, whichever versions readers ask for. Replaced whole when a version is published.
	 */
	private volatile RecentVersions<PreviousEdition> byVersion = new RecentVersions<>(KEPT);

	private static final int KEPT = 4;

	PreviousEditions(ObjectProvider<DatasetStore> stores, ComplianceService compliance) {
		this.stores = stores;
		this.compliance = compliance;
	}

	/** The previous edition of the version {@code shown}; {@link PreviousEdition#none()} when there is none. */
	public PreviousEdition of(ComplianceModel shown) {
		return byVersion.get(shown.version(), v -> find(shown));
	}

	/** The previous edition of the model this request reads. */
	public PreviousEdition ofShown() {
		return of(compliance.model());
	}

	@EventListener
	public void onDatasetActivated(DatasetActivated event) {
		byVersion = new RecentVersions<>(KEPT);
	}

	private PreviousEdition find(ComplianceModel shown) {
		DatasetStore store = stores.getIfAvailable();
		String publisher = shown.citation().publisher();
		if (store == null || publisher == null) {
			return PreviousEdition.none();
		}
		try {
			VersionStates states = VersionStates.of(store);
			Optional<DatasetVersion> previous = store.versions()
				.stream()
				.filter(v -> v.version() < shown.version() && states.published(v.version()))
				.filter(v -> Objects.equals(publisher, v.citation().publisher()))
				.max((a, b) -> Integer.compare(a.version(), b.version()));
			if (previous.isEmpty()) {
				return PreviousEdition.none();
			}
			int version = previous.get().version();
			ComplianceModel before = compliance.model(version, () -> store.dataset(version));
			return PreviousEdition.of(before, shown);
		}
		catch (RuntimeException ex) {
			// A damaged older version: the page shows its figures without the comparison rather than fail.
			log.warn("No previous edition for version {}: {}", shown.version(), ex.getMessage());
			return PreviousEdition.none();
		}
	}

}
