package org.pledgewatch.dataset;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;

/**
 * What an editor does to the data: upload a new version (which becomes active) or activate another one. Files are
 * validated before anything is written; a rejected file leaves the store and the active version untouched.
 * Changes are serialised, and {@link DatasetActivated} is published only once the new active version is durable,
 * in the order the changes were made.
 */
@Service
public class DatasetEditor {

	private final DatasetStore store;

	private final ApplicationEventPublisher events;

	private final DatasetCsvParser parser = new DatasetCsvParser();

	private final ReentrantLock changes = new ReentrantLock(true);

	public DatasetEditor(DatasetStore store, ApplicationEventPublisher events) {
		this.store = store;
		this.events = events;
	}

	/**
	 * Validates, stores and activates an uploaded file.
	 *
	 * @throws DatasetRejectedException when the file has errors
	 */
	public UploadReceipt upload(String filename, byte[] content, String uploadedBy) {
		return upload(filename, content, uploadedBy, VersionSource.none());
	}

	/**
	 * Validates, stores and activates an uploaded file with the source the editor stated.
	 *
	 * @throws DatasetRejectedException when the file has errors
	 * @throws DatasetStoreException when it could not be stored (nothing was changed)
	 * @throws StoredNotActivatedException when it was stored but could not be made active
	 */
	public UploadReceipt upload(String filename, byte[] content, String uploadedBy, VersionSource source) {
		ParsedDataset parsed = parser.parse(content);
		if (!parsed.valid()) {
			throw new DatasetRejectedException(parsed);
		}
		changes.lock();
		try {
			DatasetVersion version = store.add(new NewVersion(filename, content, parsed.rows(), uploadedBy, source));
			events.publishEvent(new DatasetStored(version));
			try {
				activateLocked(version.version(), uploadedBy);
			}
			catch (DatasetStoreException ex) {
				throw new StoredNotActivatedException(version.version(), ex);
			}
			List<UploadWarning> warnings = new ArrayList<>(parsed.warnings());
			if (!source.stated()) {
				warnings.add(UploadRule.NO_SOURCE.warning(version.source()));
			}
			return new UploadReceipt(version, warnings);
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

	private DatasetVersion activateLocked(int version, String activatedBy) {
		DatasetVersion activated = store.activate(version, activatedBy);
		events.publishEvent(new DatasetActivated(store.dataset(version)));
		return activated;
	}

}
