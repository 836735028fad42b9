package org.pledgewatch.system;

import java.util.HashMap;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.web.servlet.ModelAndView;

/** The site's error page, in the layout, with a message a reader can act on. */
public final class ErrorPages {

	/** Statuses with their own message in messages.properties; others get the general 4xx or 5xx one. */
	private static final java.util.Set<Integer> KNOWN = java.util.Set.of(400, 401, 403, 404, 405, 413, 429, 500, 503);

	/** What a 503 tells the client to wait before asking again: the time a stopped request's load takes to pass. */
	public static final int RETRY_AFTER_SECONDS = 30;

	/**
	 * A request attribute with the explanation (in the reader's language) for an error a filter sent with
	 * {@code sendError}, shown by the error page or the API's JSON instead of the status's general message.
	 */
	public static final String DETAIL_ATTRIBUTE = ErrorPages.class.getName() + ".detail";

	private ErrorPages() {
	}

	/**
	 * @param detail a specific explanation (already safe to show), or null for the status's general one
	 */
	public static ModelAndView page(HttpStatus status, @Nullable String detail) {
		Map<String, Object> model = new HashMap<>();
		model.put("status", status.value());
		model.put("detail", detail);
		model.put("messageKey", "error." + (KNOWN.contains(status.value()) ? status.value()
				: status.is4xxClientError() ? 400 : 500));
		return new ModelAndView("error", model, status);
	}

	static String apiMessage(HttpStatus status) {
		return switch (status) {
			case NOT_FOUND -> "No such endpoint. See /v3/api-docs for the API.";
			case METHOD_NOT_ALLOWED -> "This endpoint does not accept that HTTP method.";
			case PAYLOAD_TOO_LARGE -> "The request is too large.";
			case UNAUTHORIZED -> "Authentication required.";
			case FORBIDDEN -> "Not allowed.";
			case TOO_MANY_REQUESTS -> "Too many requests; try again later.";
			case SERVICE_UNAVAILABLE -> "The answer took longer than the server allows and was stopped; ask for less or "
					+ "try again later.";
			default -> status.is4xxClientError() ? "The request could not be understood."
					: "Something went wrong on our side; it has been logged.";
		};
	}

}
