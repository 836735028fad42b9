package org.pledgewatch.api;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.pledgewatch.compliance.ComplianceModel;
import org.pledgewatch.compliance.ComplianceService;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * The API description ({@code /v3/api-docs} and its YAML form), rendered once per active dataset version and served as
 * kept bytes after that. springdoc builds the description into shared state and its cache is off (the description
 * cites the served version), so concurrent first requests used to get descriptions without paths: here at most one
 * request renders at a time, and every other waits for its bytes. Keyed by the model instance (a new version is a new
 * model, so nothing outlives activation), the address asked for and the base URL springdoc writes into
 * {@code servers}; a few such keys per version are kept.
 */
final class KeptApiDescriptions extends OncePerRequestFilter {

	/** Distinct addresses and hosts kept for one version: the JSON, the YAML, a proxy's and a direct host. */
	private static final int KEPT_PER_VERSION = 8;

	private record Kept(String contentType, byte[] body) {
	}

	private final ComplianceService compliance;

	private @Nullable ComplianceModel keptFor;

	private final Map<String, Kept> kept = new LinkedHashMap<>();

	KeptApiDescriptions(ComplianceService compliance) {
		this.compliance = compliance;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !"GET".equals(request.getMethod()) && !"HEAD".equals(request.getMethod());
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String key = request.getRequestURI() + "\n" + request.getScheme() + "://" + request.getServerName() + ":"
				+ request.getServerPort() + request.getContextPath();
		Kept answer = keptOrRendered(key, request, response, chain);
		if (answer == null) {
			return;
		}
		response.setStatus(HttpServletResponse.SC_OK);
		response.setContentType(answer.contentType());
		response.setContentLength(answer.body().length);
		if (!"HEAD".equals(request.getMethod())) {
			response.getOutputStream().write(answer.body());
		}
	}

	/**
	 * The kept answer for this key, rendered now if there is none; {@code null} when the rendering was not a whole 200
	 * (then it has been sent to this request as it was and nothing is kept).
	 */
	private synchronized @Nullable Kept keptOrRendered(String key, HttpServletRequest request,
			HttpServletResponse response, FilterChain chain) throws ServletException, IOException {
		ComplianceModel model = compliance.model();
		if (keptFor != model) {
			kept.clear();
			keptFor = model;
		}
		Kept known = kept.get(key);
		if (known != null) {
			return known;
		}
		ContentCachingResponseWrapper rendering = new ContentCachingResponseWrapper(response);
		chain.doFilter(request, rendering);
		if (rendering.getStatus() != HttpServletResponse.SC_OK || rendering.getContentType() == null
				|| compliance.model() != model) {
			rendering.copyBodyToResponse();
			return null;
		}
		Kept rendered = new Kept(rendering.getContentType(), rendering.getContentAsByteArray());
		if (kept.size() < KEPT_PER_VERSION) {
			kept.put(key, rendered);
		}
		return rendered;
	}

}
