package org.pledgewatch.system;

import org.pledgewatch.compliance.InvalidTargetException;
import org.pledgewatch.compliance.UnknownCountryException;
import org.pledgewatch.compliance.UnknownYearException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.ModelAndView;

/** Friendly pages for the HTML controllers' errors (the API has its own advice answering JSON). */
@ControllerAdvice(basePackages = { "org.pledgewatch.dashboard", "org.pledgewatch.report", "org.pledgewatch.upload" })
@Order(Ordered.LOWEST_PRECEDENCE)
class WebExceptionHandler {

	private static final Logger log = LoggerFactory.getLogger(WebExceptionHandler.class);

	@ExceptionHandler({ UnknownYearException.class, UnknownCountryException.class })
	ModelAndView notFound(RuntimeException ex) {
		return ErrorPages.page(HttpStatus.NOT_FOUND, ex.getMessage());
	}

	@ExceptionHandler(InvalidTargetException.class)
	ModelAndView invalidTarget(InvalidTargetException ex) {
		return ErrorPages.page(HttpStatus.BAD_REQUEST, ex.getMessage());
	}

	@ExceptionHandler(MethodArgumentTypeMismatchException.class)
	ModelAndView badParameter(MethodArgumentTypeMismatchException ex) {
		return ErrorPages.page(HttpStatus.BAD_REQUEST, ParameterMessages.describe(ex));
	}

	@ExceptionHandler(Exception.class)
	ModelAndView unexpected(Exception ex) throws Exception {
		if (ex instanceof org.springframework.web.ErrorResponse) {
			throw ex; // Spring's own 4xx (missing parameter, wrong method...): let the container's error page answer.
		}
		log.error("Unexpected error rendering a page", ex);
		return ErrorPages.page(HttpStatus.INTERNAL_SERVER_ERROR, null);
	}

}
