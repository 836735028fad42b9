package org.pledgewatch.dataset;

/** Published when another dataset version becomes the active one, so that computed views are rebuilt. */
public record DatasetActivated(Dataset dataset) {
}
