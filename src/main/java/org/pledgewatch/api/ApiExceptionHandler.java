package org.pledgewatch.api;

import org.pledgewatch.compliance.InvalidTargetException;
import org.pledgewatch.compliance.UnknownCountryException;
import org.pledgewatch.compliance.UnknownYearException;
import org.pledgewatch.system.ParameterMessages;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/** JSON errors for the API: a message a script's author can act on, never a stack trace. */
@RestControllerAdvice(basePackageClasses = ApiExceptionHandler.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiExceptionHandler {

	private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);

	@ExceptionHandler({ UnknownYearException.class, UnknownCountryException.class, NoResourceFoundException.class })
	ResponseEntity<ApiError> notFound(Exception ex) {
		return error(HttpStatus.NOT_FOUND, ex.getMessage());
	}

	@ExceptionHandler(MethodArgumentTypeMismatchException.class)
	ResponseEntity<ApiError> badParameter(MethodArgumentTypeMismatchException ex) {
		return error(HttpStatus.BAD_REQUEST, ParameterMessages.describe(ex));
	}

	@ExceptionHandler({ InvalidTargetException.class, MissingServletRequestParameterException.class })
	ResponseEntity<ApiError> badRequest(Exception ex) {
		return error(HttpStatus.BAD_REQUEST, ex.getMessage());
	}

	@ExceptionHandler(HttpRequestMethodNotSupportedException.class)
	ResponseEntity<ApiError> methodNotAllowed(HttpRequestMethodNotSupportedException ex) {
		return error(HttpStatus.METHOD_NOT_ALLOWED, ex.getMessage());
	}

	@ExceptionHandler(Exception.class)
	ResponseEntity<ApiError> unexpected(Exception ex) {
		log.error("Unexpected error answering an API request", ex);
		return error(HttpStatus.INTERNAL_SERVER_ERROR, "Something went wrong on our side; it has been logged.");
	}

	private static ResponseEntity<ApiError> error(HttpStatus status, String message) {
		return ResponseEntity.status(status).body(new ApiError(message, status.value()));
	}

}
