package org.pledgewatch.upload;

/**
 * An ally-year whose verdict against the default target differs between two versions.
 *
 * @param nowMeets whether the ally meets the target in the newer version
 */
public record ComplianceFlip(String iso3, String country, int year, boolean nowMeets) {
}
