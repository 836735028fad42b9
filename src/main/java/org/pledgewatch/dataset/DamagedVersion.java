package org.pledgewatch.dataset;

/**
 * A stored version whose files cannot be trusted (metadata unreadable, file missing, truncated or altered): it is
 * listed so an operator sees it, but never served or activated.
 *
 * @param version the number of its directory
 * @param reason what is wrong with it, for readers and operators
 */
public record DamagedVersion(int version, String reason) {
}
