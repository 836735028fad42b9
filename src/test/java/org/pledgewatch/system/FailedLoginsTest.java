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
		assertThat(failures.trackedKeys()).isLessThanOrEqualTo(FailedLogins.MAX_KEYS);
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

	@Test
	void tenThousandFiftyBogusTokensFromRotatingAddressesDoNotLiftTheEditorsLock() {
		FailedLogins tenPerQuarter = new FailedLogins(new LoginThrottleProperties(10, Duration.ofMinutes(15)), clock);
		for (int i = 0; i < 10; i++) {
			tenPerQuarter.failed(LoginThrottleFilter.keys("198.51.100.7", "editor"));
		}
		assertThat(tenPerQuarter.retryAfter(LoginThrottleFilter.keys("192.0.2.1", "editor"))).isPositive();

		// One bogus bearer token per address, as ApiTokenFilter counts them.
		for (int i = 0; i < 10_050; i++) {
			clock.advance(Duration.ofMillis(10));
			tenPerQuarter.failed(List.of(LoginThrottleFilter.clientKey("10." + (i >> 16 & 255) + "." + (i >> 8 & 255)
					+ "." + (i & 255))));
		}

		assertThat(tenPerQuarter.retryAfter(LoginThrottleFilter.keys("192.0.2.1", "editor")))
			.as("the editor's lock, from any address, until its window ends")
			.isPositive();
		assertThat(tenPerQuarter.trackedKeys()).isLessThanOrEqualTo(FailedLogins.MAX_KEYS);
		clock.advance(Duration.ofMinutes(15));
		assertThat(tenPerQuarter.retryAfter(LoginThrottleFilter.keys("192.0.2.1", "editor"))).isZero();
	}

	@Test
	void onceTheTableIsFullANewAddressCountsUnderItsNetwork() {
		for (int i = 0; i < FailedLogins.MAX_TRACKED_KEYS; i++) {
			failures.failed(List.of("user filler" + i));
		}
		// Three addresses of one /24, one failure each: blocked together, as one network.
		for (int host = 1; host <= 3; host++) {
			failures.failed(List.of(LoginThrottleFilter.clientKey("203.0.113." + host)));
		}
		assertThat(failures.retryAfter(List.of(LoginThrottleFilter.clientKey("203.0.113.200")))).isPositive();
		assertThat(failures.retryAfter(List.of(LoginThrottleFilter.clientKey("203.0.114.1")))).isZero();

		for (int host = 1; host <= 3; host++) {
			failures.failed(List.of(LoginThrottleFilter.clientKey("2001:db8:1:2::" + host)));
		}
		assertThat(failures.retryAfter(List.of(LoginThrottleFilter.clientKey("2001:db8:1:2:ffff::9")))).isPositive();
		assertThat(failures.retryAfter(List.of(LoginThrottleFilter.clientKey("2001:db8:1:3::1")))).isZero();
	}

	@Test
	void networksAreTheSlash24AndTheSlash64() {
		assertThat(NetworkPrefix.of("203.0.113.9")).isEqualTo("203.0.113.0/24");
		assertThat(NetworkPrefix.of("2001:db8:1:2::7")).isEqualTo("2001:db8:1:2::/64");
		assertThat(NetworkPrefix.of("0:0:0:0:0:0:0:1")).isEqualTo("0:0:0:0::/64");
		assertThat(NetworkPrefix.of("::ffff:203.0.113.9")).isEqualTo("203.0.113.0/24");
		assertThat(NetworkPrefix.of("not an address")).isNull();
	}

}
