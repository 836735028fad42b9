package org.pledgewatch.report;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.RequestDispatcher;
import org.pledgewatch.budget.ClientConnection;
import org.pledgewatch.budget.RequestBudget;
import org.pledgewatch.report.RenderedAnswers.RenderedAnswer;
import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.DispatcherServlet;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * Serves an anonymous reader's GET of a page or a JSON answer from {@link RenderedAnswers} when the same answer was
 * rendered before, and keeps what it renders otherwise. The key is the answer's dataset ETag (version, path,
 * parameters, default target, highlighted ally, language) plus what else a page prints: the host it was asked on
 * (embed codes carry absolute addresses) and the date (citations carry the access date). Signed-in editors, answers
 * that set a cookie and anything but a 200 are never kept. Runs inside Spring Security's chain, so security headers
 * are written for every answer, kept or not.
 *
 * <p>Only a whole answer is kept ({@link #whole}): one written to the end, without an exception on the way (even one
 * an advice answered after the status was sent), to a client that stayed. A reader who leaves half-way must not
 * leave the half it got for everyone after.
 */
final class RenderedAnswerFilter extends OncePerRequestFilter {

	/** The headers that describe a kept body; everything else is written afresh for each request. */
	private static final List<String> KEPT_HEADERS = List.of(HttpHeaders.ETAG, HttpHeaders.CACHE_CONTROL,
			HttpHeaders.VARY, HttpHeaders.CONTENT_LANGUAGE);

	/** Where Tomcat's valve leaves the request's connection (none under a mock server). */
	private static final String CLIENT_CONNECTION = ClientConnection.class.getName();

	private final List<PathPattern> paths;

	private final RenderedAnswers answers;

	private final DatasetEtag etags;

	private final LocaleResolver locales;

	RenderedAnswerFilter(List<String> paths, RenderedAnswers answers, DatasetEtag etags, LocaleResolver locales) {
		this.paths = paths.stream().map(PathPatternParser.defaultInstance::parse).toList();
		this.answers = answers;
		this.etags = etags;
		this.locales = locales;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		if (!"GET".equals(request.getMethod()) || request.getHeader(HttpHeaders.AUTHORIZATION) != null
				|| signedIn()) {
			return true;
		}
		var path = org.springframework.http.server.PathContainer.parsePath(request.getRequestURI());
		return paths.stream().noneMatch(pattern -> pattern.matches(path));
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String key;
		try {
			key = key(request);
		}
		catch (RuntimeException unanswerable) {
			// An address the handler will refuse (an unknown version, say): let it answer as it does.
			chain.doFilter(request, response);
			return;
		}
		RenderedAnswer known = answers.get(key);
		if (known != null) {
			replay(known, request, response);
			return;
		}
		CopyKeepingResponse rendering = new CopyKeepingResponse(response, answers.largestKept());
		chain.doFilter(request, rendering);
		byte[] body = rendering.body();
		if (body != null && whole(request, rendering, body) && rendering.getHeader(HttpHeaders.SET_COOKIE) == null
				&& !carriesCsrfToken(body) && key.equals(key(request))) {
			List<Map.Entry<String, String>> headers = new ArrayList<>();
			for (String name : KEPT_HEADERS) {
				rendering.getHeaders(name).forEach(value -> headers.add(Map.entry(name, value)));
			}
			answers.put(key, new RenderedAnswer(rendering.getContentType(), List.copyOf(headers), body));
		}
	}

	/**
	 * Whether the answer was written whole and reached its reader: a 200 with a type, no failed write, no exception
	 * handled on the way (the status of an answer already sent stays 200 when an advice then writes its error page
	 * into it), no stopped work, the length it declared, and a client still there.
	 */
	private static boolean whole(HttpServletRequest request, CopyKeepingResponse rendering, byte[] body) {
		if (rendering.failed() || rendering.getStatus() != HttpServletResponse.SC_OK
				|| rendering.getContentType() == null) {
			return false;
		}
		if (request.getAttribute(DispatcherServlet.EXCEPTION_ATTRIBUTE) != null
				|| request.getAttribute(RequestDispatcher.ERROR_EXCEPTION) != null) {
			return false;
		}
		RequestBudget budget = RequestBudget.current();
		if (budget != null && budget.stopped() != null) {
			return false;
		}
		String length = rendering.getHeader(HttpHeaders.CONTENT_LENGTH);
		if (length != null && !length.equals(Integer.toString(body.length))) {
			return false;
		}
		return !(request.getAttribute(CLIENT_CONNECTION) instanceof ClientConnection client && client.gone());
	}

	private String key(HttpServletRequest request) {
		return etags.of(request, locales.resolveLocale(request)) + "\n" + request.getScheme() + "://"
				+ request.getServerName() + ":" + request.getServerPort() + "\n" + LocalDate.now();
	}

	private static void replay(RenderedAnswer answer, HttpServletRequest request, HttpServletResponse response)
			throws IOException {
		answer.headers().forEach(header -> response.addHeader(header.getKey(), header.getValue()));
		String etag = response.getHeader(HttpHeaders.ETAG);
		if (etag != null && DatasetEtag.matches(request.getHeader(HttpHeaders.IF_NONE_MATCH), etag)) {
			response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
			return;
		}
		response.setContentType(answer.contentType());
		response.setContentLength(answer.body().length);
		response.getOutputStream().write(answer.body());
	}

	/** A form's token belongs to one session; a page carrying one is never shown to another reader. */
	private static boolean carriesCsrfToken(byte[] body) {
		return new String(body, java.nio.charset.StandardCharsets.ISO_8859_1).contains("_csrf");
	}

	private static boolean signedIn() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		return authentication != null && authentication.isAuthenticated()
				&& !(authentication instanceof AnonymousAuthenticationToken);
	}

}
