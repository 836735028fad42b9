package org.pledgewatch.budget;

import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.LongSupplier;

import org.jspecify.annotations.Nullable;

/**
 * The time one request may spend and the connection it answers on, bound to the request's thread while it is
 * served. Loops whose length grows with the stored data call {@link #check()}; it throws
 * {@link WorkStoppedException} once the time limit has passed or the client is known to have gone, so the request
 * stops instead of computing an answer nobody will read. Interrupting the thread would not do: an interrupt closes
 * the interruptible file channels the store reads through. Work shared by every request (a dataset version's model)
 * does not check, so a slow first request cannot leave it half computed for the others: it runs on its own thread
 * and requests {@link #await} it within their budget.
 */
public final class RequestBudget {

	/** How often at most the connection is asked whether the client is still there. */
	static final long PROBE_INTERVAL_NANOS = Duration.ofMillis(50).toNanos();

	private static final ThreadLocal<RequestBudget> CURRENT = new ThreadLocal<>();

	private final boolean limited;

	private final long deadline;

	private final Duration limit;

	private final ClientConnection connection;

	private final LongSupplier nanoClock;

	private long lastProbe;

	private @Nullable WorkStoppedException stopped;

	/**
	 * @param limit the time the request may take from now; zero or negative means no limit
	 * @param connection asked at most every 50 ms whether the client has gone
	 * @param nanoClock {@link System#nanoTime()} outside tests
	 */
	public RequestBudget(Duration limit, ClientConnection connection, LongSupplier nanoClock) {
		this.limit = limit;
		this.connection = connection;
		this.nanoClock = nanoClock;
		long now = nanoClock.getAsLong();
		this.limited = !limit.isNegative() && !limit.isZero();
		this.deadline = limited ? now + limit.toNanos() : now;
		this.lastProbe = now;
	}

	/** Binds {@code budget} to this thread until the returned scope is closed. */
	public static Scope bind(RequestBudget budget) {
		RequestBudget previous = CURRENT.get();
		CURRENT.set(budget);
		return () -> {
			if (previous == null) {
				CURRENT.remove();
			}
			else {
				CURRENT.set(previous);
			}
		};
	}

	/** Stops this thread's request if its time is up or its client has gone; does nothing outside a request. */
	public static void check() {
		RequestBudget budget = CURRENT.get();
		if (budget != null) {
			budget.checkNow();
		}
	}

	/**
	 * Waits for work shared with other requests (a version's model, computed on its own thread) within this
	 * thread's budget: when the time is up or the client has gone, this request stops and the work goes on for the
	 * requests after it, so it is never left half done. Outside a request, waits until it is done.
	 */
	public static <V> V await(Future<V> work) {
		while (true) {
			try {
				return work.get(PROBE_INTERVAL_NANOS, TimeUnit.NANOSECONDS);
			}
			catch (TimeoutException ex) {
				check();
			}
			catch (ExecutionException ex) {
				if (ex.getCause() instanceof RuntimeException cause) {
					throw cause;
				}
				if (ex.getCause() instanceof Error error) {
					throw error;
				}
				throw new IllegalStateException(ex.getCause());
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException("Interrupted while waiting for shared work", ex);
			}
		}
	}

	/** The budget bound to this thread, if any. */
	public static @Nullable RequestBudget current() {
		return CURRENT.get();
	}

	/**
	 * Breaks off this thread's answer: its connection closes without the answer's end, so a download that failed
	 * half-way is seen as incomplete. Does nothing outside a request or where the connection is not known.
	 */
	public static void breakOffConnection() {
		RequestBudget budget = CURRENT.get();
		if (budget != null) {
			budget.connection.breakOff();
		}
	}

	void checkNow() {
		long now = nanoClock.getAsLong();
		if (limited && now - deadline >= 0) {
			throw stop(WorkStoppedException.Reason.TIME_LIMIT);
		}
		if (now - lastProbe >= PROBE_INTERVAL_NANOS) {
			lastProbe = now;
			if (connection.gone()) {
				throw stop(WorkStoppedException.Reason.CLIENT_GONE);
			}
		}
	}

	private WorkStoppedException stop(WorkStoppedException.Reason reason) {
		stopped = new WorkStoppedException(reason, limit);
		return stopped;
	}

	/** Why this request's work was stopped, or null while it has not been. */
	public @Nullable WorkStoppedException stopped() {
		return stopped;
	}

	/** The time limit this budget was made with. */
	public Duration limit() {
		return limit;
	}

	/** Unbinds a budget; closing never fails. */
	@FunctionalInterface
	public interface Scope extends AutoCloseable {

		@Override
		void close();

	}

}
