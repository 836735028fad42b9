package org.pledgewatch.system;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.servlet.Filter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.Resource;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.web.servlet.resource.ResourceHttpRequestHandler;
import org.springframework.web.servlet.resource.ResourceResolver;
import org.springframework.web.servlet.resource.ResourceResolverChain;
import org.springframework.web.servlet.resource.ResourceUrlProvider;
import org.springframework.web.servlet.resource.ResourceUrlProviderExposingInterceptor;

import static org.assertj.core.api.Assertions.assertThat;

class StaticAssetLinksTest {

	/** Records what it is asked to resolve; knows one versioned webjar, as webjars-locator-lite would. */
	static final class RecordingResolver implements ResourceResolver {

		final List<String> lookedUp = new ArrayList<>();

		@Override
		public @Nullable Resource resolveResource(@Nullable HttpServletRequest request, String requestPath,
				List<? extends Resource> locations, ResourceResolverChain chain) {
			return null;
		}

		@Override
		public @Nullable String resolveUrlPath(String resourcePath, List<? extends Resource> locations,
				ResourceResolverChain chain) {
			lookedUp.add("/" + resourcePath);
			return switch (resourcePath) {
				case "webjars/chart.js/dist/chart.umd.min.js" -> "webjars/chart.js/4.5.0/dist/chart.umd.min.js";
				case "css/site.css" -> resourcePath;
				default -> null;
			};
		}

	}

	private final RecordingResolver resolver = new RecordingResolver();

	private final ResourceUrlProvider provider = new ResourceUrlProvider();

	StaticAssetLinksTest() {
		ResourceHttpRequestHandler handler = new ResourceHttpRequestHandler();
		handler.setResourceResolvers(List.of(resolver));
		provider.setHandlerMap(Map.of("/**", handler));
	}

	private List<String> encode(String contextPath, String... urls) throws Exception {
		Filter filter = new StaticAssetLinks().resourceUrlEncodingFilter().getFilter();
		MockHttpServletRequest request = new MockHttpServletRequest("GET", contextPath + "/");
		request.setContextPath(contextPath);
		List<String> encoded = new ArrayList<>();
		filter.doFilter(request, new MockHttpServletResponse(), (req, res) -> {
			// What Spring MVC's interceptor does before a view renders.
			req.setAttribute(ResourceUrlProviderExposingInterceptor.RESOURCE_URL_PROVIDER_ATTR, provider);
			for (String url : urls) {
				encoded.add(((HttpServletResponse) res).encodeURL(url));
			}
		});
		return encoded;
	}

	@Test
	void pageLinksAreWrittenAsTheyAreWithoutLookingThemUp() throws Exception {
		List<String> links = encode("", "/countries/USA?target=2", "/reports/compliance.pdf?year=2025&target=2",
				"/?lang=nl", "/compare");

		assertThat(links).containsExactly("/countries/USA?target=2", "/reports/compliance.pdf?year=2025&target=2",
				"/?lang=nl", "/compare");
		assertThat(resolver.lookedUp).isEmpty();
	}

	@Test
	void webjarLinksStillGetTheirVersionedAddress() throws Exception {
		assertThat(encode("", "/webjars/chart.js/dist/chart.umd.min.js", "/css/site.css"))
			.containsExactly("/webjars/chart.js/4.5.0/dist/chart.umd.min.js", "/css/site.css");
		assertThat(resolver.lookedUp).containsExactly("/webjars/chart.js/dist/chart.umd.min.js", "/css/site.css");
	}

	@Test
	void underAContextPathOnlyTheAppsOwnAssetsAreLookedUp() throws Exception {
		assertThat(encode("/pw", "/pw/webjars/chart.js/dist/chart.umd.min.js", "/pw/countries/BEL"))
			.containsExactly("/pw/webjars/chart.js/4.5.0/dist/chart.umd.min.js", "/pw/countries/BEL");
		assertThat(resolver.lookedUp).containsExactly("/webjars/chart.js/dist/chart.umd.min.js");
	}

}
