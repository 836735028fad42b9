package org.pledgewatch.dataset;

import java.time.Instant;

/**
 * What is recorded about one immutable dataset version.
 *
 * @param version the version number; the shipped dataset is 1
 * @param uploadedBy who uploaded it
 * @param uploadedAt when it was stored
 * @param filename the file name as uploaded
 * @param sha256 hex SHA-256 of the file exactly as uploaded
 * @param rows how many ally-year rows it has
 * @param countries how many distinct allies (iso3) it has
 * @param firstYear the earliest year in it
 * @param lastYear the latest year in it
 */
public record DatasetVersion(int version, String uploadedBy, Instant uploadedAt, String filename, String sha256,
		int rows, int countries, int firstYear, int lastYear) {
}
