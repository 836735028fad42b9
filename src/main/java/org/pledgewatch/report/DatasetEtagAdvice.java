package org.pledgewatch.report;

import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.springframework.core.MethodParameter;
import org.springframework.http.MediaType;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.http.server.ServerHttpRequest;
import org.springframework.http.server.ServerHttpResponse;
import org.springframework.http.server.ServletServerHttpRequest;
import org.springframework.http.server.ServletServerHttpResponse;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.ResponseBodyAdvice;

/** Adds the dataset ETag and the cache policy to successful answers of the tagged paths. */
@ControllerAdvice
class DatasetEtagAdvice implements ResponseBodyAdvice<Object> {

	@Override
	public boolean supports(MethodParameter returnType, Class<? extends HttpMessageConverter<?>> converterType) {
		return true;
	}

	@Override
	public @Nullable Object beforeBodyWrite(@Nullable Object body, MethodParameter returnType,
			MediaType selectedContentType, Class<? extends HttpMessageConverter<?>> selectedConverterType,
			ServerHttpRequest request, ServerHttpResponse response) {
		if (request instanceof ServletServerHttpRequest servletRequest
				&& response instanceof ServletServerHttpResponse servletResponse
				&& servletRequest.getServletRequest().getAttribute(DatasetEtagInterceptor.ATTRIBUTE) instanceof String etag
				&& successful(servletResponse.getServletResponse())) {
			response.getHeaders().setETag(etag);
			response.getHeaders().setCacheControl(DatasetEtag.CACHE_CONTROL);
			response.getHeaders().setVary(java.util.List.of(DatasetEtag.VARY.split(", ")));
		}
		return body;
	}

	private static boolean successful(HttpServletResponse response) {
		return response.getStatus() >= 200 && response.getStatus() < 300;
	}

}
