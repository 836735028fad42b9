package org.pledgewatch.budget;

import java.time.Duration;

/**
 * Thrown from {@link RequestBudget#check()} when a request's work is stopped: it ran past the time limit or its
 * client went away. Nothing was written or changed by the stopped work; the request answers 503 (when anyone is left
 * to read it).
 */
public final class WorkStoppedException extends RuntimeException {

	/** Why the work stopped. */
	public enum Reason {

		/** The work took longer than {@code dashboard.request.time-limit}. */
		TIME_LIMIT,

		/** The client closed the connection before the answer was ready. */
		CLIENT_GONE

	}

	private final Reason reason;

	private final Duration limit;

	WorkStoppedException(Reason reason, Duration limit) {
		super(reason == Reason.TIME_LIMIT ? "stopped after the time limit of " + limit
				: "stopped: the client closed the connection", null, false, false);
		this.reason = reason;
		this.limit = limit;
	}

	public Reason reason() {
		return reason;
	}

	/** The time limit the request ran under. */
	public Duration limit() {
		return limit;
	}

}
