package org.pledgewatch.upload;

/**
 * One ally-year whose share used (two decimals, as printed) differs between two versions: "Belgium 2024: 1.30 →
 * 1.29". A publisher revises its earlier years with every edition; readers quoting a figure need to see it.
 */
public record ShareRevision(String iso3, String country, int year, double before, double after) {
}
