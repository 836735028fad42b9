package org.pledgewatch.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Guessing API tokens is throttled as guessing passwords is: an address that sent three unknown tokens within the
 * window gets 429 with {@code Retry-After} for any token, the right one included, until the window has passed.
 */
class ApiTokenFilterTest {

	/** The token README's example hashes: {@code printf %s "$TOKEN" | sha256sum}. */
	static final String TOKEN = "pw-test-token-0123456789abcdef0123456789abcdef";

	final FailedLoginsTest.TestClock clock = new FailedLoginsTest.TestClock();

	final FailedLogins failedLogins = new FailedLogins(new LoginThrottleProperties(3, Duration.ofMinutes(15)), clock);

	final ApiTokenFilter filter = new ApiTokenFilter(List.of(new ApiTokenProperties.Token("nightly-import",
			"b8d8f524e944e5f3f95d8a047be59184f3e409a7a1d906dbe4d540755e43d8ee")), failedLogins);

	record Answer(int status, String retryAfter, String signedIn) {
	}

	private Answer send(String token, String address) throws Exception {
		MockHttpServletRequest request = new MockHttpServletRequest("POST", "/api/datasets/1/activate");
		request.setRemoteAddr(address);
		request.addHeader("Authorization", "Bearer " + token);
		MockHttpServletResponse response = new MockHttpServletResponse();
		AtomicReference<String> signedIn = new AtomicReference<>();
		filter.doFilter(request, response, (req, res) -> {
			Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
			signedIn.set(authentication == null ? null : authentication.getName());
		});
		return new Answer(response.getStatus(), response.getHeader("Retry-After"), signedIn.get());
	}

	@Test
	void theRightTokenSignsInAsItsName() throws Exception {
		assertThat(send(TOKEN, "198.51.100.7")).isEqualTo(new Answer(200, null, "token:nightly-import"));
		assertThat(SecurityContextHolder.getContext().getAuthentication()).as("cleared after the request").isNull();
	}

	@Test
	void anAddressGuessingTokensIsThrottledUntilTheWindowHasPassed() throws Exception {
		for (int guess = 0; guess < 3; guess++) {
			assertThat(send("guess-" + guess, "203.0.113.9").status()).isEqualTo(401);
		}
		assertThat(send(TOKEN, "203.0.113.9")).as("even the right token, while the address is blocked")
			.isEqualTo(new Answer(429, "900", null));
		assertThat(send(TOKEN, "198.51.100.7").signedIn()).as("another address").isEqualTo("token:nightly-import");
		clock.advance(Duration.ofMinutes(15));
		assertThat(send(TOKEN, "203.0.113.9").signedIn()).isEqualTo("token:nightly-import");
	}

	@Test
	void anAcceptedTokenClearsTheAddressCount() throws Exception {
		send("guess-1", "203.0.113.9");
		send("guess-2", "203.0.113.9");
		send(TOKEN, "203.0.113.9");
		send("guess-3", "203.0.113.9");
		send("guess-4", "203.0.113.9");
		assertThat(send(TOKEN, "203.0.113.9").status()).as("two failures since the last success").isEqualTo(200);
	}

}
