package org.pledgewatch.dataset;

/** A new version was stored (it may not be active yet): what is derived from it can be computed once, now. */
public record DatasetStored(DatasetVersion version) {
}
