package org.pledgewatch.system;

import java.io.IOException;
import java.time.Duration;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.pledgewatch.budget.ClientConnection;
import org.pledgewatch.budget.RequestBudget;
import org.pledgewatch.budget.WorkStoppedException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Binds a {@link RequestBudget} to every GET and HEAD: the configured time limit from the request's arrival, and the
 * connection Tomcat's {@link ClientConnectionValve} attached (none under a mock server). Logs each stopped request
 * once, whichever handler answered it, and answers 503 itself where no handler's advice did.
 */
final class RequestBudgetFilter extends OncePerRequestFilter {

	private static final Logger log = LoggerFactory.getLogger(RequestBudgetFilter.class);

	private final Duration timeLimit;

	RequestBudgetFilter(Duration timeLimit) {
		this.timeLimit = timeLimit;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		String method = request.getMethod();
		return !"GET".equals(method) && !"HEAD".equals(method);
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		ClientConnection connection = request.getAttribute(ClientConnectionValve.ATTRIBUTE) instanceof ClientConnection c
				? c : ClientConnection.UNKNOWN;
		long started = System.nanoTime();
		RequestBudget budget = new RequestBudget(timeLimit, connection, System::nanoTime);
		try (RequestBudget.Scope scope = RequestBudget.bind(budget)) {
			chain.doFilter(request, response);
		}
		catch (ServletException | RuntimeException ex) {
			WorkStoppedException stopped = budget.stopped();
			if (stopped == null || !causedBy(ex, stopped)) {
				throw ex;
			}
			// Stopped where no handler's advice answers (a view being rendered, another filter): answer here.
			if (!response.isCommitted()) {
				response.resetBuffer();
				response.sendError(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
			}
		}
		finally {
			logStopped(request, budget.stopped(), Duration.ofNanos(System.nanoTime() - started).toMillis());
		}
	}

	private void logStopped(HttpServletRequest request, WorkStoppedException stopped, long ms) {
		if (stopped == null) {
			return;
		}
		if (stopped.reason() == WorkStoppedException.Reason.TIME_LIMIT) {
			log.warn("Stopped {} {} after {} ms: it ran past the time limit of {} (dashboard.request.time-limit)",
					request.getMethod(), request.getRequestURI(), ms, timeLimit);
		}
		else {
			log.info("Stopped {} {} after {} ms: the client closed the connection", request.getMethod(),
					request.getRequestURI(), ms);
		}
	}

	private static boolean causedBy(Throwable ex, WorkStoppedException stopped) {
		for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
			if (cause == stopped) {
				return true;
			}
		}
		return false;
	}

}
