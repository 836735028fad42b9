package org.pledgewatch.system;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.ModelAndView;
import tools.jackson.databind.json.JsonMapper;

/**
 * Whatever no handler answered (an unknown path, a request the container refused): JSON under {@code /api/}, the
 * site's error page elsewhere. Never a stack trace.
 */
@Controller
class SiteErrorController implements ErrorController {

	private final JsonMapper json;

	SiteErrorController(JsonMapper json) {
		this.json = json;
	}

	@RequestMapping("/error")
	@Nullable ModelAndView error(HttpServletRequest request, HttpServletResponse response) throws IOException {
		HttpStatus status = status(request);
		Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
		String detail = request.getAttribute(ErrorPages.DETAIL_ATTRIBUTE) instanceof String text ? text : null;
		if (uri instanceof String path && path.startsWith(request.getContextPath() + "/api/")) {
			Map<String, Object> body = new LinkedHashMap<>();
			body.put("error", detail != null ? detail : ErrorPages.apiMessage(status));
			body.put("status", status.value());
			response.setStatus(status.value());
			response.setContentType(MediaType.APPLICATION_JSON_VALUE);
			response.setCharacterEncoding("UTF-8");
			json.writeValue(response.getWriter(), body);
			return null;
		}
		return ErrorPages.page(status, detail);
	}

	private static HttpStatus status(HttpServletRequest request) {
		if (request.getDispatcherType() != DispatcherType.ERROR) {
			return HttpStatus.NOT_FOUND; // someone asked for /error itself: there is no such page, nothing failed
		}
		Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
		HttpStatus status = code instanceof Integer value ? HttpStatus.resolve(value) : null;
		return status == null ? HttpStatus.INTERNAL_SERVER_ERROR : status;
	}

}
