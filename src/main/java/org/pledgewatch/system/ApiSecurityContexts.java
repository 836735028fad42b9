package org.pledgewatch.system;

import java.util.function.Supplier;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.core.context.DeferredSecurityContext;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;

/**
 * Where the API finds who is asking. Writes authenticate with HTTP Basic on every request, as before. Reads also
 * recognise an editor signed in on the site, so that a draft's page, viewed by its editor, can draw its charts from
 * {@code /api/...?version=N}; the session is only read (never created or written), and never for a write, which
 * keeps writes free of cookie-borne (cross-site) authority.
 */
final class ApiSecurityContexts implements SecurityContextRepository {

	private final RequestAttributeSecurityContextRepository perRequest = new RequestAttributeSecurityContextRepository();

	private final HttpSessionSecurityContextRepository session = new HttpSessionSecurityContextRepository();

	ApiSecurityContexts() {
		session.setAllowSessionCreation(false);
	}

	@Override
	public DeferredSecurityContext loadDeferredContext(HttpServletRequest request) {
		DeferredSecurityContext own = perRequest.loadDeferredContext(request);
		if (!isRead(request)) {
			return own;
		}
		DeferredSecurityContext signedIn = session.loadDeferredContext(request);
		return new DeferredSecurityContext() {

			private SecurityContext loaded;

			@Override
			public SecurityContext get() {
				if (loaded == null) {
					loaded = !own.isGenerated() ? own.get() : signedIn.get();
				}
				return loaded;
			}

			@Override
			public boolean isGenerated() {
				return own.isGenerated() && signedIn.isGenerated();
			}

		};
	}

	@Override
	@SuppressWarnings("deprecation")
	public org.springframework.security.core.context.SecurityContext loadContext(
			org.springframework.security.web.context.HttpRequestResponseHolder holder) {
		Supplier<SecurityContext> context = loadDeferredContext(holder.getRequest());
		return context.get();
	}

	@Override
	public void saveContext(SecurityContext context, HttpServletRequest request, HttpServletResponse response) {
		perRequest.saveContext(context, request, response);
	}

	@Override
	public boolean containsContext(HttpServletRequest request) {
		return perRequest.containsContext(request) || (isRead(request) && session.containsContext(request));
	}

	private static boolean isRead(HttpServletRequest request) {
		return "GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod());
	}

}
