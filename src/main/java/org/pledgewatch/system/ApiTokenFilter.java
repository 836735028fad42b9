package org.pledgewatch.system;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
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
 * once. Cross-site writes are refused before this filter runs, whatever credentials they carry.
 */
final class ApiTokenFilter extends OncePerRequestFilter {

	private static final String BEARER = "Bearer ";

	private final List<ApiTokenProperties.Token> tokens;

	ApiTokenFilter(List<ApiTokenProperties.Token> tokens) {
		this.tokens = tokens;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String authorization = request.getHeader(HttpHeaders.AUTHORIZATION);
		if (authorization == null || !authorization.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
			chain.doFilter(request, response);
			return;
		}
		ApiTokenProperties.Token token = matching(authorization.substring(BEARER.length()).strip());
		if (token == null) {
			JsonSecurityErrors.write(response, HttpServletResponse.SC_UNAUTHORIZED,
					"This API token is not accepted: it is not one of the tokens configured on this server.");
			return;
		}
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
