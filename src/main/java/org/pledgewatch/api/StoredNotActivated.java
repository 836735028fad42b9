package org.pledgewatch.api;

/**
 * An upload that was stored but could not be made active: {@code {"error","status","version","stored":true,
 * "active":false,"activate"}}, where {@code activate} is where to activate it once the cause is fixed.
 */
record StoredNotActivated(String error, int status, int version, boolean stored, boolean active, String activate) {
}
