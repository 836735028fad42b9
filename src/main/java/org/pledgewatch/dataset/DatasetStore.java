package org.pledgewatch.dataset;

import java.util.List;
import java.util.Optional;

/**
 * Immutable dataset versions and which one is active. {@link FileSystemDatasetStore} keeps them in a directory; a
 * store shared by several instances (PostgreSQL, say) implements the same contract, and nothing above this
 * interface changes. Implementations serialise writes, make {@link #activate} atomic and durable, and keep an
 * append-only audit log of uploads and activations.
 */
public interface DatasetStore extends ActiveDataset {

	/** Every version, oldest first. */
	List<DatasetVersion> versions();

	Optional<DatasetVersion> find(int version);

	/** The rows of a version; throws {@link UnknownVersionException} when there is no such version. */
	Dataset dataset(int version);

	int activeVersion();

	/** Stores a new version (not yet active) and returns what was recorded. */
	DatasetVersion add(NewVersion candidate);

	/** Makes a version the active one, durably, and records who did it. */
	DatasetVersion activate(int version, String activatedBy);

}
