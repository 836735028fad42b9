package org.pledgewatch.report;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.pledgewatch.system.ErrorPages;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.server.PathContainer;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * Lets a bounded number of expensive answers be drawn at once (chart images, PDFs, spreadsheets, the map, and pages
 * not already kept by {@link RenderedAnswerFilter}, which runs before this and serves kept answers without a turn). A request waits a little for its turn; if none comes, it answers 503 with {@code Retry-After} and says so
 * in the reader's language (JSON under {@code /api/}). A random {@code ?target=} defeats every cache, so only a
 * bound on the drawings at once keeps a crowd from exhausting the heap.
 */
final class RenderGateFilter extends OncePerRequestFilter {

	/** What a busy answer tells the client to wait: about the time a few drawings take. */
	static final int RETRY_AFTER_SECONDS = 5;

	private static final Logger log = LoggerFactory.getLogger(RenderGateFilter.class);

	private final List<PathPattern> paths;

	private final Semaphore turns;

	private final Duration queueWait;

	private final MessageSource messages;

	private final LocaleResolver locales;

	RenderGateFilter(List<String> paths, int turns, Duration queueWait, MessageSource messages,
			LocaleResolver locales) {
		this.paths = paths.stream().map(PathPatternParser.defaultInstance::parse).toList();
		this.turns = new Semaphore(turns, true);
		this.queueWait = queueWait;
		this.messages = messages;
		this.locales = locales;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		String method = request.getMethod();
		if (!"GET".equals(method) && !"HEAD".equals(method)) {
			return true;
		}
		PathContainer path = PathContainer.parsePath(request.getRequestURI().substring(request.getContextPath().length()));
		return paths.stream().noneMatch(pattern -> pattern.matches(path));
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (!awaitTurn()) {
			busy(request, response);
			return;
		}
		try {
			chain.doFilter(request, response);
		}
		finally {
			turns.release();
		}
	}

	private boolean awaitTurn() {
		try {
			return turns.tryAcquire(queueWait.toNanos(), TimeUnit.NANOSECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return false;
		}
	}

	private void busy(HttpServletRequest request, HttpServletResponse response) throws IOException {
		log.debug("Busy: {} {} found no turn to be drawn within {}", request.getMethod(), request.getRequestURI(),
				queueWait);
		response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(RETRY_AFTER_SECONDS));
		String explanation = messages.getMessage("error.busy", new Object[] { RETRY_AFTER_SECONDS },
				locales.resolveLocale(request));
		request.setAttribute(ErrorPages.DETAIL_ATTRIBUTE, explanation);
		response.sendError(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
	}

	/** Turns free now (for tests). */
	int freeTurns() {
		return turns.availablePermits();
	}

}
