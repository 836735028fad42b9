package org.pledgewatch.api;

/** The body of every error answered under {@code /api/**}. */
record ApiError(String error, int status) {
}
