package org.pledgewatch.api;

import org.pledgewatch.budget.WorkStoppedException;
import org.pledgewatch.compliance.InvalidTargetException;
import org.pledgewatch.compliance.UnknownCountryException;
import org.pledgewatch.compliance.UnknownYearException;
import org.pledgewatch.dataset.DamagedVersionException;
import org.pledgewatch.dataset.NeedsConfirmationException;
import org.pledgewatch.dataset.NotADraftException;
import org.pledgewatch.system.ErrorPages;
import org.pledgewatch.system.InvalidVersionException;
import org.pledgewatch.dataset.DatasetRejectedException;
import org.pledgewatch.dataset.StoredNotActivatedException;
import org.pledgewatch.dataset.DatasetStoreException;
import org.pledgewatch.dataset.InvalidSourceException;
import org.pledgewatch.dataset.UnknownVersionException;
import org.pledgewatch.system.ParameterMessages;
import org.pledgewatch.system.StoreStatus;
import org.pledgewatch.system.UploadProperties;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;
import org.springframework.web.servlet.resource.NoResourceFoundException;
import org.springframework.web.util.DisconnectedClientHelper;

/** JSON errors for the API: a message a script's author can act on, never a stack trace. */
@RestControllerAdvice(basePackageClasses = ApiExceptionHandler.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiExceptionHandler {

	private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);

	/** A reader who left is not an error: one line at DEBUG, no stack trace. */
	private static final DisconnectedClientHelper clientLeft = new DisconnectedClientHelper(
			ApiExceptionHandler.class.getName() + ".ClientLeft");

	private final ObjectProvider<UploadProperties> uploads;

	ApiExceptionHandler(ObjectProvider<UploadProperties> uploads) {
		this.uploads = uploads;
	}

	@ExceptionHandler({ UnknownYearException.class, UnknownCountryException.class, NoResourceFoundException.class })
	ResponseEntity<ApiError> notFound(Exception ex) {
		return error(HttpStatus.NOT_FOUND, ex.getMessage());
	}

	@ExceptionHandler(MethodArgumentTypeMismatchException.class)
	ResponseEntity<ApiError> badParameter(MethodArgumentTypeMismatchException ex) {
		return error(HttpStatus.BAD_REQUEST, ParameterMessages.describe(ex).getDefaultMessage());
	}

	@ExceptionHandler({ InvalidTargetException.class, MissingServletRequestParameterException.class,
			InvalidSourceException.class })
	ResponseEntity<ApiError> badRequest(Exception ex) {
		return error(HttpStatus.BAD_REQUEST, ex.getMessage());
	}

	@ExceptionHandler(HttpRequestMethodNotSupportedException.class)
	ResponseEntity<ApiError> methodNotAllowed(HttpRequestMethodNotSupportedException ex) {
		return error(HttpStatus.METHOD_NOT_ALLOWED, ex.getMessage());
	}

	@ExceptionHandler(DatasetRejectedException.class)
	ResponseEntity<UploadErrors> rejected(DatasetRejectedException ex) {
		return ResponseEntity.badRequest().body(UploadErrors.of(ex.parsed()));
	}

	@ExceptionHandler(MaxUploadSizeExceededException.class)
	ResponseEntity<ApiError> tooLarge(MaxUploadSizeExceededException ex) {
		UploadProperties limits = uploads.getIfAvailable();
		String limit = limits == null ? "" : " of " + limits.maxSizeText();
		return error(HttpStatus.CONTENT_TOO_LARGE, "The file is larger than the upload limit" + limit + ".");
	}

	@ExceptionHandler(UnknownVersionException.class)
	ResponseEntity<ApiError> unknownVersion(UnknownVersionException ex) {
		return error(HttpStatus.NOT_FOUND, ex.getMessage());
	}

	@ExceptionHandler({ MissingServletRequestPartException.class, MultipartException.class })
	ResponseEntity<ApiError> badUpload(Exception ex) {
		return error(HttpStatus.BAD_REQUEST,
				"Send the CSV file as multipart/form-data in a part named \"file\" (curl -F file=@data.csv).");
	}

	@ExceptionHandler(InvalidVersionException.class)
	ResponseEntity<ApiError> invalidVersion(InvalidVersionException ex) {
		return error(HttpStatus.BAD_REQUEST, ex.getMessage());
	}

	@ExceptionHandler(NotADraftException.class)
	ResponseEntity<ApiError> notADraft(NotADraftException ex) {
		return error(HttpStatus.CONFLICT, ex.getMessage());
	}

	@ExceptionHandler(NeedsConfirmationException.class)
	ResponseEntity<NeedsConfirmation> needsConfirmation(NeedsConfirmationException ex) {
		return ResponseEntity.status(HttpStatus.CONFLICT)
			.body(new NeedsConfirmation(true, ex.getMessage(),
					ex.warnings().stream().map(UploadWarningView::of).toList()));
	}

	@ExceptionHandler(DamagedVersionException.class)
	ResponseEntity<ApiError> damaged(DamagedVersionException ex) {
		return error(HttpStatus.CONFLICT, ex.getMessage());
	}

	@ExceptionHandler(DatasetStoreException.class)
	ResponseEntity<ApiError> storeFailed(DatasetStoreException ex) {
		log.error("The dataset store failed: {}", ex.getMessage(), ex.getCause());
		return error(StoreStatus.of(ex), ex.getMessage());
	}

	/** The version exists now: saying "not stored" would invite a retry that stores another copy. */
	@ExceptionHandler(StoredNotActivatedException.class)
	ResponseEntity<StoredNotActivated> storedNotActivated(StoredNotActivatedException ex) {
		log.error(ex.getMessage(), ex.getCause());
		HttpStatus status = StoreStatus.of(ex.reason());
		return ResponseEntity.status(status)
			.body(new StoredNotActivated(ex.getMessage(), status.value(), ex.version(), true, false,
					"/api/datasets/" + ex.version() + "/activate"));
	}

	/** The request ran past its time limit (or its client left, and nobody reads this answer); logged once by the filter. */
	@ExceptionHandler(WorkStoppedException.class)
	ResponseEntity<ApiError> stopped(WorkStoppedException ex) {
		return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
			.header(HttpHeaders.RETRY_AFTER, String.valueOf(ErrorPages.RETRY_AFTER_SECONDS))
			.body(new ApiError(ex.getMessage(), HttpStatus.SERVICE_UNAVAILABLE.value()));
	}

	@ExceptionHandler(Exception.class)
	@Nullable ResponseEntity<ApiError> unexpected(Exception ex) {
		if (clientLeft.checkAndLogClientDisconnectedException(ex)) {
			return null; // handled: nobody is left to read an error
		}
		log.error("Unexpected error answering an API request", ex);
		return error(HttpStatus.INTERNAL_SERVER_ERROR, "Something went wrong on our side; it has been logged.");
	}

	private static ResponseEntity<ApiError> error(HttpStatus status, String message) {
		return ResponseEntity.status(status).body(new ApiError(message, status.value()));
	}

}
