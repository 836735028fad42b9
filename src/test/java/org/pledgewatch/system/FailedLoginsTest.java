package org.pledgewatch.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import org.junit.jupiter.api.Test;

/** Counting wrong passwords per key in a sliding window, in bounded memory. */
class FailedLoginsTest {

	/** A clock the test moves by hand. */
	static final class TestClock extends Clock {

		Instant now = Instant.parse("2026-01-01T00:00:00Z");

		@Override
		public java.time.ZoneId getZone() {
			return ZoneOffset.UTC;
		}

		@Override
		public Clock withZone(java.time.ZoneId zone) {
			return this;
		}

		@Override
		public Instant instant() {
			return now;
		}

		void advance(Duration duration) {
			now = now.plus(duration);
		}

	}

	final TestClock clock = new TestClock();

	final FailedLogins failures = new FailedLogins(new LoginThrottleProperties(3, Duration.ofMinutes(15)), clock);

	final List<String> mallory = List.of("client 203.0.113.9", "user mallory");

	@Test
	void aKeyIsBlockedAtTheLimitUntilItsOldestFailureLeavesTheWindow() {
		failures.failed(mallory);
		clock.advance(Duration.ofMinutes(5));
		failures.failed(mallory);
		assertThat(failures.retryAfter(mallory)).isZero();
		failures.failed(mallory);

		assertThat(failures.retryAfter(mallory)).isEqualTo(Duration.ofMinutes(10));
		clock.advance(Duration.ofMinutes(10));
		assertThat(failures.retryAfter(mallory)).isZero();
	}

	@Test
	void otherKeysAreNotBlocked() {
		for (int i = 0; i < 3; i++) {
			failures.failed(mallory);
		}
		assertThat(failures.retryAfter(List.of("client 203.0.113.10", "user editor"))).isZero();
		assertThat(failures.retryAfter(List.of("client 203.0.113.10", "user mallory"))).isPositive();
	}

	@Test
	void aSuccessForgetsTheFailures() {
		failures.failed(mallory);
		failures.failed(mallory);
		failures.succeeded(mallory);
		failures.failed(mallory);
		assertThat(failures.retryAfter(mallory)).isZero();
	}

	@Test
	void memoryStaysBoundedWhateverTheNumberOfAddressesAndNames() {
		for (int i = 0; i < FailedLogins.MAX_TRACKED_KEYS * 3; i++) {
			failures.failed(List.of("client 10.0." + (i / 256) + "." + (i % 256), "user guess" + i));
		}
		assertThat(failures.trackedKeys()).isLessThanOrEqualTo(FailedLogins.MAX_TRACKED_KEYS);
	}

	@Test
	void whenFullExpiredKeysMakeRoomAndABlockedKeyStaysBlocked() {
		for (int i = 0; i < FailedLogins.MAX_TRACKED_KEYS - 1; i++) {
			failures.failed(List.of("user old" + i));
		}
		clock.advance(Duration.ofMinutes(16));
		for (int i = 0; i < 3; i++) {
			failures.failed(List.of("user blocked"));
		}
		assertThat(failures.trackedKeys()).isEqualTo(FailedLogins.MAX_TRACKED_KEYS);

		failures.failed(List.of("user new"));

		assertThat(failures.trackedKeys()).isEqualTo(2);
		assertThat(failures.retryAfter(List.of("user blocked"))).isEqualTo(Duration.ofMinutes(15));
	}

}
