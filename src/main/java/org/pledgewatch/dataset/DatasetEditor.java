package org.pledgewatch.dataset;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

import org.pledgewatch.system.DashboardProperties;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;

/**
 * What an editor does to the data: upload a new version (published at once, or kept as a draft to preview), activate
 * (publish) another one, or discard a draft. Files are validated, and checked for plausibility against the published
 * version, before anything is written; a rejected file leaves the store and the active version untouched.
 * Changes are serialised, and {@link DatasetActivated} is published only once the new active version is durable,
 * in the order the changes were made.
 */
@Service
public class DatasetEditor {

	private final DatasetStore store;

	private final ApplicationEventPublisher events;

	private final DatasetCsvParser parser = new DatasetCsvParser();

	private final PlausibilityChecks plausibility;

	private final ReentrantLock changes = new ReentrantLock(true);

	@Autowired
	public DatasetEditor(DatasetStore store, ApplicationEventPublisher events, AccessionRegister accessions,
			DashboardProperties dashboard) {
		this(store, events, new PlausibilityChecks(accessions, dashboard.highlightCountry()));
	}

	/** An editor checking plausibility against the shipped accession register, with no highlighted ally. */
	public DatasetEditor(DatasetStore store, ApplicationEventPublisher events) {
		this(store, events, new PlausibilityChecks(ShippedDataset.accessions(), null));
	}

	DatasetEditor(DatasetStore store, ApplicationEventPublisher events, PlausibilityChecks plausibility) {
		this.store = store;
		this.events = events;
		this.plausibility = plausibility;
	}

	/** What an upload should become. */
	public enum Publishing {
		/** Stored as a draft, not shown to readers until it is activated. */
		DRAFT,
		/** Published at once, unless a plausibility warning holds it back ({@link NeedsConfirmationException}). */
		PUBLISH,
		/** Published at once: the editor has seen the plausibility warnings. */
		PUBLISH_CONFIRMED
	}

	/**
	 * Validates, stores and activates an uploaded file, whatever the plausibility checks say.
	 *
	 * @throws DatasetRejectedException when the file has errors
	 */
	public UploadReceipt upload(String filename, byte[] content, String uploadedBy) {
		return upload(filename, content, uploadedBy, VersionSource.none());
	}

	/** As {@link #upload(String, byte[], String, VersionSource, Publishing)}, published whatever the checks say. */
	public UploadReceipt upload(String filename, byte[] content, String uploadedBy, VersionSource source) {
		return upload(filename, content, uploadedBy, source, Publishing.PUBLISH_CONFIRMED);
	}

	/**
	 * Validates an uploaded file with the source the editor stated, checks it against the published version, and
	 * stores it as a draft or publishes it.
	 *
	 * @throws DatasetRejectedException when the file has errors
	 * @throws NeedsConfirmationException when it is to be published unconfirmed and a plausibility check questions
	 * it (nothing was stored)
	 * @throws DatasetStoreException when it could not be stored (nothing was changed)
	 * @throws StoredNotActivatedException when it was stored but could not be made active
	 */
	public UploadReceipt upload(String filename, byte[] content, String uploadedBy, VersionSource source,
			Publishing publishing) {
		ParsedDataset parsed = parser.parse(content);
		if (!parsed.valid()) {
			throw new DatasetRejectedException(parsed);
		}
		changes.lock();
		try {
			// Against the version readers see now, read under the lock: no activation can slip in between.
			Dataset published = store.active();
			List<UploadWarning> questions = plausibility.check(parsed.rows(), source.currency(), published);
			if (publishing == Publishing.PUBLISH && !questions.isEmpty()) {
				throw new NeedsConfirmationException(questions);
			}
			boolean draft = publishing == Publishing.DRAFT;
			DatasetVersion version = store
				.add(new NewVersion(filename, content, parsed.rows(), uploadedBy, source, draft));
			events.publishEvent(new DatasetStored(version));
			if (!draft) {
				try {
					activateLocked(version.version(), uploadedBy);
				}
				catch (DatasetStoreException ex) {
					throw new StoredNotActivatedException(version.version(), ex);
				}
			}
			List<UploadWarning> warnings = new ArrayList<>(parsed.warnings());
			if (!source.stated()) {
				warnings.add(UploadRule.NO_SOURCE.warning(version.source()));
			}
			warnings.addAll(questions);
			return new UploadReceipt(version, warnings, published.version());
		}
		finally {
			changes.unlock();
		}
	}

	/**
	 * Rolls back or forward to a stored version.
	 *
	 * @throws UnknownVersionException when there is no such version
	 */
	public DatasetVersion activate(int version, String activatedBy) {
		changes.lock();
		try {
			return activateLocked(version, activatedBy);
		}
		finally {
			changes.unlock();
		}
	}

	/**
	 * Shows here what another instance changed: {@code catchUp} runs under the same lock as this instance's own
	 * uploads and activations, so events are published in the order the changes happened, and the dataset it
	 * returns, if any, is announced as the new active one.
	 */
	void follow(Supplier<Optional<Dataset>> catchUp) {
		changes.lock();
		try {
			catchUp.get().ifPresent(dataset -> events.publishEvent(new DatasetActivated(dataset)));
		}
		finally {
			changes.unlock();
		}
	}

	/**
	 * Sets a draft aside: it stays in the store and the audit log, hidden from the lists.
	 *
	 * @throws UnknownVersionException when there is no such version
	 * @throws NotADraftException when the version is published (or was discarded already)
	 */
	public void discard(int version, String discardedBy) {
		changes.lock();
		try {
			store.find(version).orElseThrow(() -> new UnknownVersionException(version));
			if (!VersionStates.of(store).draft(version)) {
				throw new NotADraftException(version);
			}
			store.discard(version, discardedBy);
		}
		finally {
			changes.unlock();
		}
	}

	private DatasetVersion activateLocked(int version, String activatedBy) {
		DatasetVersion activated = store.activate(version, activatedBy);
		events.publishEvent(new DatasetActivated(store.dataset(version)));
		return activated;
	}

}
