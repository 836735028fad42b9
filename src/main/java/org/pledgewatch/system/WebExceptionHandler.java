package org.pledgewatch.system;

import jakarta.servlet.http.HttpServletResponse;
import org.pledgewatch.budget.WorkStoppedException;
import org.pledgewatch.compliance.ExplainedException;
import org.pledgewatch.compliance.InvalidTargetException;
import org.pledgewatch.compliance.UnknownCountryException;
import org.pledgewatch.compliance.UnknownYearException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.pledgewatch.dataset.DamagedVersionException;
import org.pledgewatch.dataset.DatasetStoreException;
import org.pledgewatch.dataset.StoredNotActivatedException;
import org.pledgewatch.dataset.UnknownVersionException;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.util.DisconnectedClientHelper;

/** Friendly pages for the HTML controllers' errors (the API has its own advice answering JSON). */
@ControllerAdvice(basePackages = { "org.pledgewatch.dashboard", "org.pledgewatch.report", "org.pledgewatch.upload" })
@Order(Ordered.LOWEST_PRECEDENCE)
class WebExceptionHandler {

	private static final Logger log = LoggerFactory.getLogger(WebExceptionHandler.class);

	/** A reader who left is not an error: one line at DEBUG, no stack trace, nothing rendered for nobody. */
	private static final DisconnectedClientHelper clientLeft = new DisconnectedClientHelper(
			WebExceptionHandler.class.getName() + ".ClientLeft");

	private final MessageSource messages;

	WebExceptionHandler(MessageSource messages) {
		this.messages = messages;
	}

	@ExceptionHandler({ UnknownYearException.class, UnknownCountryException.class })
	ModelAndView notFound(ExplainedException ex) {
		return ErrorPages.page(HttpStatus.NOT_FOUND, inReadersLanguage(ex));
	}

	@ExceptionHandler(InvalidTargetException.class)
	ModelAndView invalidTarget(InvalidTargetException ex) {
		return ErrorPages.page(HttpStatus.BAD_REQUEST, inReadersLanguage(ex));
	}

	@ExceptionHandler(MethodArgumentTypeMismatchException.class)
	ModelAndView badParameter(MethodArgumentTypeMismatchException ex) {
		return ErrorPages.page(HttpStatus.BAD_REQUEST, inReadersLanguage(ParameterMessages.describe(ex)));
	}

	@ExceptionHandler(UnknownVersionException.class)
	ModelAndView unknownVersion(UnknownVersionException ex) {
		return ErrorPages.page(HttpStatus.NOT_FOUND, ex.getMessage());
	}

	@ExceptionHandler(InvalidVersionException.class)
	ModelAndView invalidVersion(InvalidVersionException ex) {
		return ErrorPages.page(HttpStatus.BAD_REQUEST, ex.getMessage());
	}

	@ExceptionHandler(DamagedVersionException.class)
	ModelAndView damaged(DamagedVersionException ex) {
		return ErrorPages.page(HttpStatus.CONFLICT, ex.getMessage());
	}

	@ExceptionHandler(DatasetStoreException.class)
	ModelAndView storeFailed(DatasetStoreException ex) {
		log.error("The dataset store failed: {}", ex.getMessage(), ex.getCause());
		return ErrorPages.page(StoreStatus.of(ex), ex.getMessage());
	}

	@ExceptionHandler(StoredNotActivatedException.class)
	ModelAndView storedNotActivated(StoredNotActivatedException ex) {
		log.error(ex.getMessage(), ex.getCause());
		return ErrorPages.page(StoreStatus.of(ex.reason()), ex.getMessage());
	}

	/** The request ran past its time limit (or its client left); logged once by {@link RequestBudgetFilter}. */
	@ExceptionHandler(WorkStoppedException.class)
	ModelAndView stopped(WorkStoppedException ex, HttpServletResponse response) {
		response.setHeader(org.springframework.http.HttpHeaders.RETRY_AFTER,
				String.valueOf(ErrorPages.RETRY_AFTER_SECONDS));
		return ErrorPages.page(HttpStatus.SERVICE_UNAVAILABLE, inReadersLanguage(ex));
	}

	private String inReadersLanguage(MessageSourceResolvable explanation) {
		return messages.getMessage(explanation, LocaleContextHolder.getLocale());
	}

	@ExceptionHandler(Exception.class)
	ModelAndView unexpected(Exception ex) throws Exception {
		if (ex instanceof org.springframework.web.ErrorResponse) {
			throw ex; // Spring's own 4xx (missing parameter, wrong method...): let the container's error page answer.
		}
		if (clientLeft.checkAndLogClientDisconnectedException(ex)) {
			return new ModelAndView(); // handled: nobody is left to read an error page
		}
		log.error("Unexpected error rendering a page", ex);
		return ErrorPages.page(HttpStatus.INTERNAL_SERVER_ERROR, null);
	}

}
