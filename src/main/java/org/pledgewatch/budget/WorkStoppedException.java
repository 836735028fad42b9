package org.pledgewatch.budget;

import java.math.BigDecimal;
import java.time.Duration;

import org.springframework.context.MessageSourceResolvable;

/**
 * Thrown from {@link RequestBudget#check()} when a request's work is stopped: it ran past the time limit or its
 * client went away. Nothing was written or changed by the stopped work; the request answers 503 (when anyone is left
 * to read it).
 */
public final class WorkStoppedException extends RuntimeException implements MessageSourceResolvable {

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
		super(reason == Reason.TIME_LIMIT
				? "This answer took longer than the server allows (" + seconds(limit).toPlainString()
						+ " s) and was stopped; "
						+ "nothing was changed. Ask for less (one year, one page) or try again later."
				: "Stopped: the client closed the connection.", null, false, false);
		this.reason = reason;
		this.limit = limit;
	}

	public Reason reason() {
		return reason;
	}

	@Override
	public String[] getCodes() {
		return new String[] { reason == Reason.TIME_LIMIT ? "error.timeLimit" : "error.clientGone" };
	}

	@Override
	public Object[] getArguments() {
		return new Object[] { seconds(limit) };
	}

	@Override
	public String getDefaultMessage() {
		return getMessage();
	}

	/** The configured limit in seconds, exactly: 150 ms is told as 0.15 s, not rounded up to a second. */
	private static BigDecimal seconds(Duration limit) {
		BigDecimal seconds = BigDecimal.valueOf(limit.toNanos(), 9).stripTrailingZeros();
		return seconds.scale() < 0 ? seconds.setScale(0) : seconds;
	}

	/** The time limit the request ran under. */
	public Duration limit() {
		return limit;
	}

}
