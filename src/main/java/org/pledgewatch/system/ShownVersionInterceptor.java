package org.pledgewatch.system;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.pledgewatch.compliance.ComplianceService;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * {@code ?version=N} on any page, JSON endpoint or download: pins that version's model to the request before
 * anything (the ETag included) reads it, so the figures, the citation and the tag all name the version shown. A
 * non-number is 400; an unknown version, or a draft asked for by a reader who is no editor, 404.
 */
class ShownVersionInterceptor implements HandlerInterceptor {

	static final String PARAMETER = "version";

	private final VersionAccess access;

	private final ComplianceService compliance;

	ShownVersionInterceptor(VersionAccess access, ComplianceService compliance) {
		this.access = access;
		this.compliance = compliance;
	}

	@Override
	public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
		// Only reads take ?version=; a multipart body is never parsed here. Static files and the libraries' own
		// endpoints (OpenAPI) ignore it: their errors would not be answered by this application's handlers.
		if ((!"GET".equals(request.getMethod()) && !"HEAD".equals(request.getMethod()))
				|| !(handler instanceof HandlerMethod method)
				|| !method.getBeanType().getPackageName().startsWith("org.pledgewatch.")) {
			return true;
		}
		String given = request.getParameter(PARAMETER);
		if (given == null) {
			return true;
		}
		String number = given.strip();
		if (!number.matches("[0-9]{1,9}")) {
			throw new InvalidVersionException(given);
		}
		int version = Integer.parseInt(number);
		access.requireVisible(version);
		compliance.pin(version);
		return true;
	}

}
