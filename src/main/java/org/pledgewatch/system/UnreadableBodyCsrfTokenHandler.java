package org.pledgewatch.system;

import java.util.function.Supplier;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.security.web.csrf.CsrfTokenRequestHandler;
import org.springframework.security.web.csrf.XorCsrfTokenRequestAttributeHandler;

/**
 * Spring Security's CSRF handling (the token from the header, else from the form's body), except that a body the
 * container refuses to read (an upload over the size limit) carries no token instead of failing the request with a
 * bare error page; {@link TooLargeUploadHandler} then sends the editor back to the upload page.
 */
final class UnreadableBodyCsrfTokenHandler implements CsrfTokenRequestHandler {

	private final XorCsrfTokenRequestAttributeHandler delegate = new XorCsrfTokenRequestAttributeHandler();

	@Override
	public void handle(HttpServletRequest request, HttpServletResponse response, Supplier<CsrfToken> csrfToken) {
		delegate.handle(request, response, csrfToken);
	}

	@Override
	public @Nullable String resolveCsrfTokenValue(HttpServletRequest request, CsrfToken csrfToken) {
		try {
			return delegate.resolveCsrfTokenValue(request, csrfToken);
		}
		catch (RuntimeException unreadable) {
			return null;
		}
	}

}
