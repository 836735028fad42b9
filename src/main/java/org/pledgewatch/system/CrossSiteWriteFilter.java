package org.pledgewatch.system;

import java.io.IOException;
import java.net.URI;
import java.util.Locale;
import java.util.Set;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses with 403 any write (a method other than GET, HEAD, OPTIONS, TRACE) that a browser says comes from another
 * site: an {@code Origin} other than this request's own, or {@code Sec-Fetch-Site: cross-site}. It runs before
 * authentication, so credentials a browser attaches on its own (a session cookie, cached Basic credentials) never let
 * another site's page change the data. Scripts send no {@code Origin} and pass.
 *
 * <p>"This request's own" origin is the scheme, host and port Tomcat reports, which behind a proxy are the forwarded
 * ones ({@code server.forward-headers-strategy=native}), i.e. what the browser sees.
 */
final class CrossSiteWriteFilter extends OncePerRequestFilter {

	private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS", "TRACE");

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (SAFE_METHODS.contains(request.getMethod()) || !fromAnotherSite(request)) {
			chain.doFilter(request, response);
			return;
		}
		if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
			JsonSecurityErrors.write(response, HttpServletResponse.SC_FORBIDDEN,
					"Refused: this change was sent by a page of another site.");
		}
		else {
			response.sendError(HttpServletResponse.SC_FORBIDDEN);
		}
	}

	static boolean fromAnotherSite(HttpServletRequest request) {
		if ("cross-site".equalsIgnoreCase(request.getHeader("Sec-Fetch-Site"))) {
			return true;
		}
		String origin = request.getHeader("Origin");
		// "null" is an opaque origin (a sandboxed frame, a file, a redirect across sites): never our own pages.
		return origin != null && !ownOrigin(request).equals(normalised(origin));
	}

	/** The request's own origin as a browser writes it: lower-case scheme and host, the port only if not default. */
	static String ownOrigin(HttpServletRequest request) {
		String scheme = request.getScheme().toLowerCase(Locale.ROOT);
		String host = request.getServerName().toLowerCase(Locale.ROOT);
		if (host.contains(":") && !host.startsWith("[")) {
			host = "[" + host + "]"; // an IPv6 literal
		}
		int port = request.getServerPort();
		return scheme + "://" + host + (port == defaultPort(scheme) ? "" : ":" + port);
	}

	/** An {@code Origin} value normalised the same way, or null when it is not a URL (treated as another site). */
	static @Nullable String normalised(String origin) {
		try {
			URI uri = new URI(origin);
			if (uri.getScheme() == null || uri.getHost() == null) {
				return null;
			}
			String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
			int port = uri.getPort() == -1 ? defaultPort(scheme) : uri.getPort();
			return scheme + "://" + uri.getHost().toLowerCase(Locale.ROOT)
					+ (port == defaultPort(scheme) ? "" : ":" + port);
		}
		catch (java.net.URISyntaxException ex) {
			return null;
		}
	}

	private static int defaultPort(String scheme) {
		return "https".equals(scheme) ? 443 : "http".equals(scheme) ? 80 : -1;
	}

}
