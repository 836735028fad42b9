package org.pledgewatch.system;

import java.util.function.Supplier;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.security.web.csrf.CsrfTokenRequestHandler;
import org.springframework.security.web.csrf.XorCsrfTokenRequestAttributeHandler;
import org.springframework.web.util.UriComponentsBuilder;
import org.springframework.web.util.UriUtils;

/**
 * Spring Security's default CSRF handling, except that a multipart form's token is read from the query string
 * ({@code ?_csrf=...}, which the upload form adds). Reading a request parameter would make the container parse the
 * whole upload inside the security filter, where a file over the size limit can only end in a bare error page; this
 * way the upload controller reads the body and answers "too large" on the upload page itself.
 */
final class MultipartCsrfTokenHandler implements CsrfTokenRequestHandler {

	private final XorCsrfTokenRequestAttributeHandler delegate = new XorCsrfTokenRequestAttributeHandler();

	@Override
	public void handle(HttpServletRequest request, HttpServletResponse response, Supplier<CsrfToken> csrfToken) {
		delegate.handle(request, response, csrfToken);
	}

	@Override
	public @Nullable String resolveCsrfTokenValue(HttpServletRequest request, CsrfToken csrfToken) {
		String contentType = request.getContentType();
		if (contentType == null || !contentType.toLowerCase(java.util.Locale.ROOT)
			.startsWith(MediaType.MULTIPART_FORM_DATA_VALUE)) {
			return delegate.resolveCsrfTokenValue(request, csrfToken);
		}
		String header = request.getHeader(csrfToken.getHeaderName());
		String value = header != null ? header : fromQuery(request.getQueryString(), csrfToken.getParameterName());
		return value == null ? null : delegate.resolveCsrfTokenValue(new TokenInHeader(request, csrfToken, value),
				csrfToken);
	}

	private static @Nullable String fromQuery(@Nullable String query, String name) {
		if (query == null) {
			return null;
		}
		String raw = UriComponentsBuilder.newInstance().query(query).build().getQueryParams().getFirst(name);
		return raw == null ? null : UriUtils.decode(raw, java.nio.charset.StandardCharsets.UTF_8);
	}

	/** Presents the token found in the query string as the CSRF header, so the delegate unmasks it as usual. */
	private static final class TokenInHeader extends jakarta.servlet.http.HttpServletRequestWrapper {

		private final String headerName;

		private final String value;

		TokenInHeader(HttpServletRequest request, CsrfToken token, String value) {
			super(request);
			this.headerName = token.getHeaderName();
			this.value = value;
		}

		@Override
		public @Nullable String getHeader(String name) {
			return headerName.equalsIgnoreCase(name) ? value : super.getHeader(name);
		}

	}

}
