package org.pledgewatch.dataset;

/** Where the dataset currently shown comes from. */
public interface ActiveDataset {

	Dataset active();

}
