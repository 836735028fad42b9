package org.pledgewatch.system;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Recent failed sign-ins per key (a client address or a user name), in a sliding window: a key with
 * {@code maxFailed} failures younger than the window is blocked until the oldest of them is older than the window.
 *
 * <p>Memory is bounded: at most {@value #MAX_TRACKED_KEYS} keys, each with at most {@code maxFailed} times. When full,
 * expired keys go first, then the least recently seen one.
 */
final class FailedLogins {

	static final int MAX_TRACKED_KEYS = 10_000;

	private final int maxFailed;

	private final Duration window;

	private final Clock clock;

	/** In access order, so the eldest entry is the least recently seen key. */
	private final LinkedHashMap<String, Deque<Instant>> failures = new LinkedHashMap<>(64, 0.75f, true);

	FailedLogins(LoginThrottleProperties properties, Clock clock) {
		this.maxFailed = properties.maxFailedLogins();
		this.window = properties.failedLoginWindow();
		this.clock = clock;
	}

	/** How long the most blocked of these keys stays blocked; zero when none is. */
	synchronized Duration retryAfter(Collection<String> keys) {
		Instant now = clock.instant();
		Duration longest = Duration.ZERO;
		for (String key : keys) {
			Deque<Instant> times = failures.get(key);
			if (times != null && times.size() >= maxFailed) {
				Duration left = Duration.between(now, times.peekFirst().plus(window));
				if (left.compareTo(longest) > 0) {
					longest = left;
				}
			}
		}
		return longest;
	}

	synchronized void failed(Collection<String> keys) {
		Instant now = clock.instant();
		for (String key : keys) {
			Deque<Instant> times = failures.get(key);
			if (times == null) {
				makeRoom(now);
				times = new ArrayDeque<>();
				failures.put(key, times);
			}
			times.addLast(now);
			while (times.size() > maxFailed) {
				times.removeFirst();
			}
		}
	}

	/** A successful sign-in forgets the keys' failures. */
	synchronized void succeeded(Collection<String> keys) {
		keys.forEach(failures::remove);
	}

	synchronized int trackedKeys() {
		return failures.size();
	}

	private void makeRoom(Instant now) {
		if (failures.size() < MAX_TRACKED_KEYS) {
			return;
		}
		Instant expired = now.minus(window);
		failures.values().removeIf(times -> times.peekLast().isBefore(expired));
		if (failures.size() >= MAX_TRACKED_KEYS) {
			Map.Entry<String, Deque<Instant>> eldest = failures.entrySet().iterator().next();
			failures.remove(eldest.getKey());
		}
	}

}
