package org.pledgewatch.dataset;

/** Where the dataset currently shown comes from. */
public interface ActiveDataset {

	Dataset active();

	/**
	 * The rows of a version; where only the active one is known, any other is unknown.
	 *
	 * @throws UnknownVersionException when there is no such version
	 */
	default Dataset dataset(int version) {
		Dataset active = active();
		if (active.version() != version) {
			throw new UnknownVersionException(version);
		}
		return active;
	}

}
