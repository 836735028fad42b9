package org.pledgewatch.api;

import io.swagger.v3.oas.annotations.media.Schema;

/** The body of every error answered under {@code /api/**}. */
@Schema(description = "The body of every error answered under /api.")
record ApiError(@Schema(description = "what was wrong, in words a script's author can act on") String error,
		@Schema(description = "the HTTP status code") int status) {
}
