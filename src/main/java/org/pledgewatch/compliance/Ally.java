package org.pledgewatch.compliance;

/** An ally as named in the active dataset. */
public record Ally(String iso3, String country) {
}
