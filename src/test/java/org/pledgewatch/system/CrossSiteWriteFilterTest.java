package org.pledgewatch.system;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.mock.web.MockHttpServletRequest;

/** Which writes count as sent by another site: the Origin compared as a browser writes it, and Sec-Fetch-Site. */
class CrossSiteWriteFilterTest {

	static MockHttpServletRequest post(String scheme, String host, int port, String... headers) {
		MockHttpServletRequest request = new MockHttpServletRequest("POST", "/api/datasets");
		request.setScheme(scheme);
		request.setServerName(host);
		request.setServerPort(port);
		for (int i = 0; i < headers.length; i += 2) {
			request.addHeader(headers[i], headers[i + 1]);
		}
		return request;
	}

	@ParameterizedTest
	@ValueSource(strings = { "https://pledgewatch.example", "https://Pledgewatch.Example",
			"https://pledgewatch.example:443", "HTTPS://pledgewatch.example" })
	void theSiteItselfWrittenAnyWayIsTheSameOrigin(String origin) {
		assertThat(CrossSiteWriteFilter.fromAnotherSite(post("https", "pledgewatch.example", 443, "Origin", origin)))
			.isFalse();
	}

	@ParameterizedTest
	@ValueSource(strings = { "http://pledgewatch.example", "https://pledgewatch.example:8443",
			"https://evil.example", "https://sub.pledgewatch.example", "null", "not a url", "file://" })
	void anythingElseIsAnotherSite(String origin) {
		assertThat(CrossSiteWriteFilter.fromAnotherSite(post("https", "pledgewatch.example", 443, "Origin", origin)))
			.isTrue();
	}

	@Test
	void aNonDefaultPortIsPartOfTheOrigin() {
		assertThat(CrossSiteWriteFilter.fromAnotherSite(post("http", "localhost", 8080, "Origin",
				"http://localhost:8080"))).isFalse();
		assertThat(CrossSiteWriteFilter.fromAnotherSite(post("http", "localhost", 8080, "Origin",
				"http://localhost"))).isTrue();
	}

	@Test
	void anIpv6HostIsCompared() {
		assertThat(CrossSiteWriteFilter.fromAnotherSite(post("http", "::1", 8080, "Origin", "http://[::1]:8080")))
			.isFalse();
		assertThat(CrossSiteWriteFilter.fromAnotherSite(post("http", "[::1]", 8080, "Origin", "http://[::1]:8080")))
			.isFalse();
	}

	@Test
	void secFetchSiteCrossSiteIsAnotherSiteAndSameSiteIsLeftToTheOrigin() {
		assertThat(CrossSiteWriteFilter.fromAnotherSite(post("https", "pledgewatch.example", 443, "Sec-Fetch-Site",
				"cross-site"))).isTrue();
		assertThat(CrossSiteWriteFilter.fromAnotherSite(post("https", "pledgewatch.example", 443, "Sec-Fetch-Site",
				"same-origin", "Origin", "https://pledgewatch.example"))).isFalse();
		assertThat(CrossSiteWriteFilter.fromAnotherSite(post("https", "pledgewatch.example", 443, "Sec-Fetch-Site",
				"same-site", "Origin", "https://www.pledgewatch.example"))).isTrue();
	}

	@Test
	void aScriptWithNeitherHeaderIsNotAnotherSite() {
		assertThat(CrossSiteWriteFilter.fromAnotherSite(post("http", "localhost", 8080))).isFalse();
	}

}
