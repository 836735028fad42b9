package org.pledgewatch.system;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.MediaType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;

/**
 * 401 and 403 for the API in the API's JSON error shape ({@code {"error":...,"status":...}}), never a redirect. The 401
 * carries no {@code WWW-Authenticate} challenge: a browser that saw one would prompt, then cache the editor's
 * credentials and send them along with any other site's request. Scripts send {@code Authorization: Basic} up front.
 */
final class JsonSecurityErrors implements AuthenticationEntryPoint, AccessDeniedHandler {

	@Override
	public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException ex)
			throws IOException {
		write(response, HttpServletResponse.SC_UNAUTHORIZED,
				"Authentication required: send the editor's user name and password with HTTP Basic.");
	}

	@Override
	public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException ex)
			throws IOException {
		write(response, HttpServletResponse.SC_FORBIDDEN, "This account may not change the data.");
	}

	static void write(HttpServletResponse response, int status, String message) throws IOException {
		response.setStatus(status);
		response.setContentType(MediaType.APPLICATION_JSON_VALUE);
		response.setCharacterEncoding("UTF-8");
		// The messages are constants without quotes or backslashes, so no escaping is needed.
		response.getWriter().write("{\"error\":\"" + message + "\",\"status\":" + status + "}");
	}

}
