package org.pledgewatch.system;

import java.io.IOException;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.web.servlet.FlashMap;
import org.springframework.web.servlet.support.SessionFlashMapManager;

/**
 * The upload form sends its CSRF token in the body, never in the URL (where it would stay in the address bar,
 * the history and access logs). A file over the size limit is not read, so its token is not found either: rather than
 * a bare "forbidden", the editor is sent back to the upload page, which says the file is too large. Nothing is
 * changed either way; any other refusal is answered as usual.
 */
final class TooLargeUploadHandler implements AccessDeniedHandler {

	/** The flash attribute the upload page shows "too large" for. */
	static final String TOO_LARGE = "tooLarge";

	private final UploadProperties limits;

	private final AccessDeniedHandler otherwise = new AccessDeniedHandlerImpl();

	private final SessionFlashMapManager flash = new SessionFlashMapManager();

	TooLargeUploadHandler(UploadProperties limits) {
		this.limits = limits;
	}

	@Override
	public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException denied)
			throws IOException, ServletException {
		if (!tooLargeUpload(request)) {
			otherwise.handle(request, response, denied);
			return;
		}
		FlashMap attributes = new FlashMap();
		attributes.put(TOO_LARGE, true);
		attributes.setTargetRequestPath(request.getContextPath() + "/upload");
		flash.saveOutputFlashMap(attributes, request, response);
		response.setStatus(HttpServletResponse.SC_SEE_OTHER);
		response.setHeader("Location", request.getContextPath() + "/upload");
	}

	/** A multipart POST to the upload form whose body was not read because it is larger than the limit. */
	private boolean tooLargeUpload(HttpServletRequest request) {
		String contentType = request.getContentType();
		if (!HttpMethod.POST.matches(request.getMethod())
				|| !(request.getContextPath() + "/upload").equals(request.getRequestURI()) || contentType == null
				|| !contentType.toLowerCase(java.util.Locale.ROOT).startsWith(MediaType.MULTIPART_FORM_DATA_VALUE)
				|| request.getContentLengthLong() <= limits.maxSize().toBytes()) {
			return false;
		}
		try {
			request.getParts();
			return false;
		}
		catch (IOException | ServletException | RuntimeException ex) {
			return true;
		}
	}

}
