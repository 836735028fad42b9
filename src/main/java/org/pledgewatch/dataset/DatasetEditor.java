package org.pledgewatch.dataset;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;
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

	private final DatasetCsvParser parser = new DatasetCsvParser(DatasetCsvParser.uploadRowLimit());

	private final PlausibilityChecks plausibility;

	private final PublishChecks publishChecks = new PublishChecks();

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
		return upload(filename, content, uploadedBy, source, publishing, PrintedAggregates.none());
	}

	/**
	 * As {@link #upload(String, byte[], String, VersionSource, Publishing)}, with the alliance-wide shares the
	 * publisher printed, stored with the version.
	 *
	 * @throws InvalidSourceException when the store cannot keep printed aggregates (nothing was stored)
	 */
	public UploadReceipt upload(String filename, byte[] content, String uploadedBy, VersionSource source,
			Publishing publishing, PrintedAggregates aggregates) {
		if (!aggregates.isEmpty() && !store.keepsPrintedAggregates()) {
			throw new InvalidSourceException("aggregates: this server's dataset store cannot keep printed aggregates; "
					+ "upload the file without them.");
		}
		ParsedDataset parsed = parser.parse(content);
		if (!parsed.valid()) {
			throw new DatasetRejectedException(parsed);
		}
		changes.lock();
		try {
			// Against the version readers see now, read under the lock: no activation can slip in between.
			Dataset published = store.active();
			List<UploadWarning> questions = beforeChanging(() -> questions(parsed.rows(), source.currency(), published));
			if (publishing == Publishing.PUBLISH && !questions.isEmpty()) {
				throw new NeedsConfirmationException(questions);
			}
			List<UploadWarning> duplicates = PublishChecks.duplicates(content, store.versions());
			boolean draft = publishing == Publishing.DRAFT;
			DatasetVersion version = store
				.add(new NewVersion(filename, content, parsed.rows(), uploadedBy, source, draft, aggregates));
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
			warnings.addAll(duplicates);
			warnings.addAll(questions);
			return new UploadReceipt(version, warnings, published.version());
		}
		finally {
			changes.unlock();
		}
	}

	/**
	 * Rolls back or forward to a stored version, or publishes a draft that no check questions.
	 *
	 * @throws UnknownVersionException when there is no such version
	 * @throws NeedsConfirmationException when it was never published and a check questions it (nothing changed)
	 */
	public DatasetVersion activate(int version, String activatedBy) {
		return activate(version, activatedBy, false);
	}

	/**
	 * Rolls back or forward to a stored version, or publishes a draft. A version never published before is checked
	 * as an upload to be published is, against the version readers see now; unless {@code confirmed}, a question
	 * holds it back. A version published before (a rollback) needs no confirmation.
	 *
	 * @throws UnknownVersionException when there is no such version
	 * @throws NeedsConfirmationException when it is unconfirmed and a check questions it (nothing changed)
	 */
	public DatasetVersion activate(int version, String activatedBy, boolean confirmed) {
		changes.lock();
		try {
			if (!confirmed) {
				List<UploadWarning> questions = questionsBeforePublishing(version);
				if (!questions.isEmpty()) {
					throw NeedsConfirmationException.publishing(version, questions);
				}
			}
			return activateLocked(version, activatedBy);
		}
		finally {
			changes.unlock();
		}
	}

	/**
	 * What would hold back making this version active: for a version never published before, every check that
	 * questions it against the version readers see now (computed now, so never stale after another activation);
	 * nothing for the active version or one published before, and nothing for a version the store does not list
	 * (unknown or damaged: activating it is refused as such).
	 */
	public List<UploadWarning> questionsBeforePublishing(int version) {
		if (store.find(version).isEmpty()) {
			return List.of();
		}
		Dataset published = store.active();
		if (published.version() == version || VersionStates.of(store).published(version)) {
			return List.of();
		}
		return questions(store.dataset(version).rows(), store.find(version).get().currency(), published);
	}

	/** Every check that holds back publishing these rows over the published version. */
	private List<UploadWarning> questions(List<DatasetRow> rows, String currency, Dataset published) {
		List<UploadWarning> questions = new ArrayList<>(plausibility.check(rows, currency, published));
		questions.addAll(publishChecks.check(rows, published, moneyBaseline(published, currency)));
		return questions;
	}

	/**
	 * The newest published version with money figures when the published one has none (a shares-only edition), so
	 * that money is still compared with money; null when the published one has them, or no version does.
	 */
	private @Nullable Dataset moneyBaseline(Dataset published, String currency) {
		if (published.rows().stream().anyMatch(DatasetRow::hasMoney)) {
			return null;
		}
		VersionStates states = VersionStates.of(store);
		List<DatasetVersion> versions = store.versions();
		for (int i = versions.size() - 1; i >= 0; i--) {
			DatasetVersion v = versions.get(i);
			if (v.version() == published.version() || !states.published(v.version()) || !v.hasMoneyFigures()
					|| !v.currency().equals(currency)) {
				continue;
			}
			try {
				Dataset candidate = store.dataset(v.version());
				if (candidate.rows().stream().anyMatch(DatasetRow::hasMoney)) {
					return candidate;
				}
			}
			catch (DamagedVersionException ex) {
				// Not served, so not a baseline either: try the one before.
			}
		}
		return null;
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


	/**
	 * Reads a change needs before it writes (the checks read other versions): a database that cannot be reached then
	 * refuses the change as a write would, saying that nothing was changed.
	 */
	private static <T> T beforeChanging(java.util.function.Supplier<T> read) {
		try {
			return read.get();
		}
		catch (DatasetStoreException ex) {
			if (ex.getCause() != null && DatabaseFailures.unreachable(ex.getCause())) {
				throw DatabaseFailures.of("Could not read the versions to compare with", ex.getCause(), true);
			}
			throw ex;
		}
	}

}
