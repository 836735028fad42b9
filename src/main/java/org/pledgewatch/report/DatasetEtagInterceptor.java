package org.pledgewatch.report;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.support.RequestContextUtils;

/**
 * Answers a conditional GET with 304 before the handler computes anything, and otherwise leaves the tag for
 * {@link DatasetEtagAdvice} to send with a successful answer (errors get no tag).
 */
class DatasetEtagInterceptor implements HandlerInterceptor {

	static final String ATTRIBUTE = DatasetEtagInterceptor.class.getName() + ".etag";

	private final DatasetEtag etags;

	DatasetEtagInterceptor(DatasetEtag etags) {
		this.etags = etags;
	}

	@Override
	public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
		if (!"GET".equals(request.getMethod()) && !"HEAD".equals(request.getMethod())) {
			return true;
		}
		String etag = etags.of(request, RequestContextUtils.getLocale(request));
		if (DatasetEtag.matches(request.getHeader(HttpHeaders.IF_NONE_MATCH), etag)) {
			response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
			response.setHeader(HttpHeaders.ETAG, etag);
			response.setHeader(HttpHeaders.CACHE_CONTROL, DatasetEtag.CACHE_CONTROL.getHeaderValue());
			response.setHeader(HttpHeaders.VARY, DatasetEtag.VARY);
			return false;
		}
		request.setAttribute(ATTRIBUTE, etag);
		return true;
	}

	/** Tags a page before its view renders; answers written by a converter were tagged by the advice. */
	@Override
	public void postHandle(HttpServletRequest request, HttpServletResponse response, Object handler,
			@Nullable ModelAndView modelAndView) {
		if (modelAndView != null && !response.isCommitted() && response.getStatus() == HttpServletResponse.SC_OK) {
			tag(request, response);
		}
	}

	/** Tags an answer the handler writes itself (a streamed download), before its first byte. */
	static void tag(HttpServletRequest request, HttpServletResponse response) {
		if (request.getAttribute(ATTRIBUTE) instanceof String etag) {
			response.setHeader(HttpHeaders.ETAG, etag);
			response.setHeader(HttpHeaders.CACHE_CONTROL, DatasetEtag.CACHE_CONTROL.getHeaderValue());
			response.setHeader(HttpHeaders.VARY, DatasetEtag.VARY);
		}
	}

}
