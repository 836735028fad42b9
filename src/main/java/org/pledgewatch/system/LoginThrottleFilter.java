package org.pledgewatch.system;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Answers 429 with {@code Retry-After} to a sign-in attempt (the login form's POST, or any request carrying HTTP Basic
 * credentials) whose client address or user name has had too many recent failures; see {@link FailedLogins}. It runs
 * before authentication, so a blocked attempt is not even checked: a right password is refused too until the window
 * passes. {@link LoginOutcomes} records the failures.
 *
 * <p>The client address is Tomcat's, which behind a trusted proxy is the forwarded one
 * ({@code server.forward-headers-strategy=native}); a client elsewhere cannot choose it with a header.
 */
final class LoginThrottleFilter extends OncePerRequestFilter {

	static final String LOGIN_PAGE = "/login";

	private final FailedLogins failedLogins;

	private final boolean basicAuthentication;

	private LoginThrottleFilter(FailedLogins failedLogins, boolean basicAuthentication) {
		this.failedLogins = failedLogins;
		this.basicAuthentication = basicAuthentication;
	}

	/** For the API, where any request with {@code Authorization: Basic} is a sign-in attempt. */
	static LoginThrottleFilter forBasicAuthentication(FailedLogins failedLogins) {
		return new LoginThrottleFilter(failedLogins, true);
	}

	/** For the site, where only the login form's POST is. */
	static LoginThrottleFilter forLoginForm(FailedLogins failedLogins) {
		return new LoginThrottleFilter(failedLogins, false);
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String username = attemptedUsername(request);
		Duration wait = username == null ? Duration.ZERO
				: failedLogins.retryAfter(keys(request.getRemoteAddr(), username));
		if (wait.isZero() || wait.isNegative()) {
			chain.doFilter(request, response);
			return;
		}
		refuse(request, response, wait);
	}

	/** 429 with {@code Retry-After} in whole seconds (at least 1): JSON under {@code /api/}, the error page elsewhere. */
	static void refuse(HttpServletRequest request, HttpServletResponse response, Duration wait) throws IOException {
		long seconds = Math.max(1, (wait.toMillis() + 999) / 1000);
		response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(seconds));
		if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
			JsonSecurityErrors.write(response, 429,
					"Too many failed sign-ins from this address or for this user. Try again after Retry-After seconds.");
		}
		else {
			response.sendError(429);
		}
	}

	/** The user name this request tries to sign in with, or null when it is not a sign-in attempt. */
	private @Nullable String attemptedUsername(HttpServletRequest request) {
		return basicAuthentication ? basicUsername(request) : formUsername(request);
	}

	private static @Nullable String basicUsername(HttpServletRequest request) {
		String authorization = request.getHeader(HttpHeaders.AUTHORIZATION);
		if (authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
			try {
				String decoded = new String(Base64.getDecoder().decode(authorization.substring(6).trim()),
						StandardCharsets.UTF_8);
				int colon = decoded.indexOf(':');
				return colon < 0 ? null : decoded.substring(0, colon);
			}
			catch (IllegalArgumentException ex) {
				return null; // not Base64: the Basic filter refuses it without checking a password
			}
		}
		return null;
	}

	private static @Nullable String formUsername(HttpServletRequest request) {
		if ("POST".equals(request.getMethod())
				&& (request.getContextPath() + LOGIN_PAGE).equals(request.getRequestURI())) {
			String username = request.getParameter("username");
			return username == null ? "" : username;
		}
		return null;
	}

	/** The keys failures are counted under: the client address and the user name (case-insensitive, as the login). */
	static List<String> keys(@Nullable String clientAddress, String username) {
		String user = "user " + username.toLowerCase(Locale.ROOT);
		return clientAddress == null ? List.of(user) : List.of(clientKey(clientAddress), user);
	}

	static String clientKey(String clientAddress) {
		return "client " + clientAddress;
	}

}
