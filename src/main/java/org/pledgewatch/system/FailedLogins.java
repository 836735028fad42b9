package org.pledgewatch.system;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * Recent failed sign-ins per key (a client address or a user name), in a sliding window: a key with
 * {@code maxFailed} failures younger than the window is blocked until the oldest of them is older than the window.
 *
 * <p>Memory is bounded, and no flood of new keys lifts a block: a key leaves only once its last failure is older
 * than the window (it blocks nothing then), never to make room. When {@value #MAX_TRACKED_KEYS} keys are tracked, a
 * new key's failures count under a coarser one instead: a client address under its network
 * ({@link NetworkPrefix}: /24, /64), and once {@value #MAX_NETWORK_KEYS} of those are tracked too, every further
 * client under one key and every further user name under another. A key is blocked when it or a coarser key is, so
 * rotating addresses or names buys a guesser nothing: it only fills the coarser keys sooner. (Before, the least
 * recently seen key was dropped, and 10,000 bogus tokens from fresh addresses dropped the editor's lock.)
 */
final class FailedLogins {

	static final int MAX_TRACKED_KEYS = 10_000;

	/** Networks tracked beyond the single keys, before all further clients share one key. */
	static final int MAX_NETWORK_KEYS = 1_000;

	/** The most keys ever tracked: single keys, networks, and the two shared keys. */
	static final int MAX_KEYS = MAX_TRACKED_KEYS + MAX_NETWORK_KEYS + 2;

	private static final String CLIENT = "client ";

	private static final String EVERY_OTHER_CLIENT = CLIENT + "*";

	private static final String EVERY_OTHER_USER = "user *";

	/** Expired keys are looked for at most this often when the table is full, so a flood does not scan per request. */
	private static final Duration SWEEP_INTERVAL = Duration.ofSeconds(1);

	private final int maxFailed;

	private final Duration window;

	private final Clock clock;

	private final Map<String, Deque<Instant>> failures = new HashMap<>();

	private int networkKeys;

	private @Nullable Instant lastSweep;

	FailedLogins(LoginThrottleProperties properties, Clock clock) {
		this.maxFailed = properties.maxFailedLogins();
		this.window = properties.failedLoginWindow();
		this.clock = clock;
	}

	/** How long the most blocked of these keys (or of the keys they are counted under) stays blocked; zero when none is. */
	synchronized Duration retryAfter(Collection<String> keys) {
		Instant now = clock.instant();
		Duration longest = Duration.ZERO;
		for (String key : keys) {
			for (String counted = key; counted != null; counted = coarser(counted)) {
				Duration left = blockedFor(failures.get(counted), now);
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
			Deque<Instant> times = timesOf(key, now);
			times.addLast(now);
			while (times.size() > maxFailed) {
				times.removeFirst();
			}
		}
	}

	/** A successful sign-in forgets the keys' failures (their own, not their network's). */
	synchronized void succeeded(Collection<String> keys) {
		keys.forEach(key -> {
			if (failures.remove(key) != null && isNetwork(key)) {
				networkKeys--;
			}
		});
	}

	synchronized int trackedKeys() {
		return failures.size();
	}

	private Duration blockedFor(@Nullable Deque<Instant> times, Instant now) {
		if (times == null || times.size() < maxFailed) {
			return Duration.ZERO;
		}
		Duration left = Duration.between(now, times.peekFirst().plus(window));
		return left.isNegative() ? Duration.ZERO : left;
	}

	/** The failures the key counts under: its own, or, when the table is full, a coarser key's. */
	private Deque<Instant> timesOf(String key, Instant now) {
		for (String counted = key; counted != null; counted = coarser(counted)) {
			Deque<Instant> times = failures.get(counted);
			if (times != null) {
				return times;
			}
			if (hasRoomFor(counted, now)) {
				if (isNetwork(counted)) {
					networkKeys++;
				}
				times = new ArrayDeque<>();
				failures.put(counted, times);
				return times;
			}
		}
		throw new IllegalStateException("The shared keys always have room");
	}

	private boolean hasRoomFor(String key, Instant now) {
		if (key.equals(EVERY_OTHER_CLIENT) || key.equals(EVERY_OTHER_USER)) {
			return true;
		}
		if (isNetwork(key)) {
			return networkKeys < MAX_NETWORK_KEYS || (sweep(now) && networkKeys < MAX_NETWORK_KEYS);
		}
		return singleKeys() < MAX_TRACKED_KEYS || (sweep(now) && singleKeys() < MAX_TRACKED_KEYS);
	}

	private int singleKeys() {
		return failures.size() - networkKeys - (failures.containsKey(EVERY_OTHER_CLIENT) ? 1 : 0)
				- (failures.containsKey(EVERY_OTHER_USER) ? 1 : 0);
	}

	/** Drops the keys whose last failure left the window (they block nothing); true when it looked. */
	private boolean sweep(Instant now) {
		if (lastSweep != null && now.isBefore(lastSweep.plus(SWEEP_INTERVAL))) {
			return false;
		}
		lastSweep = now;
		Instant expired = now.minus(window);
		var entries = failures.entrySet().iterator();
		while (entries.hasNext()) {
			var entry = entries.next();
			if (entry.getValue().peekLast().isBefore(expired)) {
				if (isNetwork(entry.getKey())) {
					networkKeys--;
				}
				entries.remove();
			}
		}
		return true;
	}

	/** The key a key's failures count under when it cannot have its own; null for the shared keys. */
	static @Nullable String coarser(String key) {
		if (key.equals(EVERY_OTHER_CLIENT) || key.equals(EVERY_OTHER_USER)) {
			return null;
		}
		if (!key.startsWith(CLIENT)) {
			return EVERY_OTHER_USER;
		}
		if (isNetwork(key)) {
			return EVERY_OTHER_CLIENT;
		}
		String network = NetworkPrefix.of(key.substring(CLIENT.length()));
		return network == null ? EVERY_OTHER_CLIENT : CLIENT + network;
	}

	private static boolean isNetwork(String key) {
		return key.startsWith(CLIENT) && (key.endsWith("/24") || key.endsWith("/64"));
	}

}
