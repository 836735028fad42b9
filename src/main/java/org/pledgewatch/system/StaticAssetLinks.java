package org.pledgewatch.system;

import java.io.IOException;
import java.util.List;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.resource.ResourceUrlEncodingFilter;

/**
 * Links to static assets ({@code /webjars/chart.js/dist/…}) are rewritten to their versioned address, as Spring Boot
 * does for Thymeleaf; every other link is left as written. Boot's filter resolves each of a page's links against the
 * classpath, and a miss, which every page link is ({@code /countries/USA?target=2}), is never cached: that was most
 * of a page's time. This registration replaces Boot's.
 */
@Configuration(proxyBeanMethods = false)
class StaticAssetLinks {

	/** Where static assets are served from (src/main/resources/static and the webjars). */
	static final List<String> PREFIXES = List.of("/css/", "/js/", "/webjars/", "/favicon.svg");

	@Bean
	FilterRegistrationBean<ResourceUrlEncodingFilter> resourceUrlEncodingFilter() {
		FilterRegistrationBean<ResourceUrlEncodingFilter> registration = new FilterRegistrationBean<>(
				new StaticOnlyFilter());
		registration.setDispatcherTypes(DispatcherType.REQUEST, DispatcherType.ERROR);
		return registration;
	}

	static boolean isStaticAsset(String url, String contextPath) {
		if (!url.startsWith(contextPath)) {
			return false;
		}
		String path = url.substring(contextPath.length());
		return PREFIXES.stream().anyMatch(path::startsWith);
	}

	/** Boot's filter, with the link rewriting handed only the static assets' links. */
	private static final class StaticOnlyFilter extends ResourceUrlEncodingFilter {

		@Override
		public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
				throws ServletException, IOException {
			super.doFilter(request, response, (resolvingRequest, resolvingResponse) -> chain.doFilter(resolvingRequest,
					resolvingResponse instanceof HttpServletResponse resolving
							&& resolvingRequest instanceof HttpServletRequest http
							? new StaticOnlyResponse(resolving, http.getContextPath()) : resolvingResponse));
		}

	}

	/** Hands static assets' links to the resolving response and all others to the response underneath it. */
	private static final class StaticOnlyResponse extends HttpServletResponseWrapper {

		private final String contextPath;

		StaticOnlyResponse(HttpServletResponse resolving, String contextPath) {
			super(resolving);
			this.contextPath = contextPath;
		}

		@Override
		public String encodeURL(String url) {
			if (isStaticAsset(url, contextPath)) {
				return super.encodeURL(url);
			}
			HttpServletResponse resolving = (HttpServletResponse) getResponse();
			return resolving instanceof HttpServletResponseWrapper wrapper
					&& wrapper.getResponse() instanceof HttpServletResponse underneath ? underneath.encodeURL(url)
							: resolving.encodeURL(url);
		}

	}

}
