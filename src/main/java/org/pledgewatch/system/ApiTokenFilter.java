package org.pledgewatch.system;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.List;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Signs in an API request that carries {@code Authorization: Bearer <token>} with one of the configured
 * {@link ApiTokenProperties tokens} as the editor "token:name"; a bearer token that matches none is answered 401 at
 * once and counts as a failed sign-in of the client address, so guessing tokens is throttled as guessing passwords
 * is ({@link LoginThrottleFilter}: 429 once the address has too many). Cross-site writes are refused before this
 * filter runs, whatever credentials they carry.
 */
final class ApiTokenFilter extends OncePerRequestFilter {

	private static final String BEARER = "Bearer ";

	private final List<ApiTokenProperties.Token> tokens;

	private final FailedLogins failedLogins;

	ApiTokenFilter(List<ApiTokenProperties.Token> tokens, FailedLogins failedLogins) {
		this.tokens = tokens;
		this.failedLogins = failedLogins;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String authorization = request.getHeader(HttpHeaders.AUTHORIZATION);
		if (authorization == null || !authorization.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
			chain.doFilter(request, response);
			return;
		}
		List<String> client = request.getRemoteAddr() == null ? List.of()
				: List.of(LoginThrottleFilter.clientKey(request.getRemoteAddr()));
		Duration wait = failedLogins.retryAfter(client);
		if (!wait.isZero() && !wait.isNegative()) {
			LoginThrottleFilter.refuse(request, response, wait);
			return;
		}
		ApiTokenProperties.Token token = matching(authorization.substring(BEARER.length()).strip());
		if (token == null) {
			failedLogins.failed(client);
			JsonSecurityErrors.write(response, HttpServletResponse.SC_UNAUTHORIZED,
					"This API token is not accepted: it is not one of the tokens configured on this server.");
			return;
		}
		// As a successful sign-in does, a token that is accepted clears the address's count.
		failedLogins.succeeded(client);
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated("token:" + token.name(), null,
				AuthorityUtils.createAuthorityList("ROLE_" + SecurityConfiguration.EDITOR)));
		SecurityContextHolder.setContext(context);
		try {
			chain.doFilter(request, response);
		}
		finally {
			SecurityContextHolder.clearContext();
		}
	}

	/** Compares every configured digest in constant time, so timing tells nothing about which is closest. */
	private ApiTokenProperties.@Nullable Token matching(String presented) {
		byte[] digest = sha256(presented);
		ApiTokenProperties.Token found = null;
		for (ApiTokenProperties.Token token : tokens) {
			if (MessageDigest.isEqual(digest, token.digest())) {
				found = token;
			}
		}
		return found;
	}

	private static byte[] sha256(String token) {
		try {
			return MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("Every Java runtime has SHA-256", ex);
		}
	}

}
