package org.pledgewatch.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.head;

import java.nio.file.Path;
import java.util.List;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Requests a reader's browser or a monitoring script may send that are not the usual GET: a language cookie another
 * service on the host name wrote badly, a HEAD instead of a GET, a look at the actuator's index. None answers 500;
 * a HEAD answers what its GET answers; only the health endpoint is served.
 */
@SpringBootTest(properties = { "dashboard.admin.username=editor", "dashboard.admin.password=s3cret" })
@AutoConfigureMockMvc
@DirtiesContext
class ForgivingRequestsTest {

	@TempDir
	static Path store;

	@DynamicPropertySource
	static void store(DynamicPropertyRegistry registry) {
		registry.add("dashboard.store-dir", () -> store.toString());
	}

	@Autowired
	MockMvc mvc;

	MockHttpServletResponse answer(MockHttpServletRequestBuilder request) throws Exception {
		return mvc.perform(request).andReturn().getResponse();
	}

	@Nested
	class LanguageCookie {

		/**
		 * Values a browser may hold for a year: quoted, escaped, unknown, empty, nonsense. ("nl x" is not among them:
		 * Spring's cookie format is a language, then a time zone after a space, so it reads as Dutch.)
		 */
		static final List<String> BAD_VALUES = List.of("\"nl\"", "nl%20x", "xx-YY", "", "_", "de_DE_x_y_z",
				"%%%", "\"\"", "en-", "-nl", "nl-BE-BE-BE-BE-BE-BE");

		static final List<String> PATHS = List.of("/", "/countries/BEL", "/compare", "/map", "/embed/shares",
				"/datasets", "/charts/shares.csv", "/api/compliance", "/api/summary");

		@Test
		void aMalformedCookieIsIgnoredOnEveryPageAndEndpoint() throws Exception {
			for (String value : BAD_VALUES) {
				for (String path : PATHS) {
					MockHttpServletResponse answer = answer(get(path).cookie(new Cookie("pledgewatch-lang", value)));
					assertThat(answer.getStatus()).as("%s with the cookie [%s]", path, value).isEqualTo(200);
					assertThat(answer.getHeader("Content-Language")).as("%s with the cookie [%s]", path, value)
						.isIn(null, "en");
				}
			}
		}

		@Test
		void aMalformedCookieFallsBackToAcceptLanguage() throws Exception {
			MockHttpServletResponse answer = answer(get("/countries/BEL")
				.cookie(new Cookie("pledgewatch-lang", "\"nl\""))
				.header("Accept-Language", "fr-BE,fr;q=0.9"));
			assertThat(answer.getStatus()).isEqualTo(200);
			assertThat(answer.getContentAsString()).contains("<html lang=\"fr\"", "Belgique");
		}

		@Test
		void aWellFormedCookieStillChoosesTheLanguage() throws Exception {
			MockHttpServletResponse answer = answer(get("/countries/BEL").cookie(new Cookie("pledgewatch-lang", "nl"))
				.header("Accept-Language", "fr"));
			assertThat(answer.getContentAsString()).contains("<html lang=\"nl\"", "België");
		}

		@Test
		void aLanguageSwitchReplacesABadCookie() throws Exception {
			MockHttpServletResponse answer = answer(
					get("/").param("lang", "de").cookie(new Cookie("pledgewatch-lang", "nl%20x")));
			assertThat(answer.getStatus()).isEqualTo(200);
			assertThat(answer.getCookie("pledgewatch-lang").getValue()).isEqualTo("de");
		}

	}

	@Nested
	class Head {

		static final List<String> PATHS = List.of("/", "/countries/BEL", "/compare", "/map", "/embed/shares",
				"/embed/history", "/embed/map", "/datasets", "/login", "/api/compliance", "/api/summary",
				"/api/countries/BEL", "/api/datasets", "/charts/shares.png", "/charts/shares.svg",
				"/charts/history.csv", "/charts/map.svg", "/reports/compliance.csv", "/reports/compliance.xlsx",
				"/reports/compliance.pdf", "/datasets/current.csv", "/datasets/template.csv", "/actuator/health",
				"/no-such-page", "/embed/no-such-chart", "/api/no-such-endpoint", "/countries/XXX", "/?year=1990");

		static final List<String> HEADERS = List.of("Content-Type", "Content-Disposition", "Content-Language",
				"ETag", "Cache-Control", "Content-Security-Policy", "X-Frame-Options");

		@Test
		void aHeadAnswersWhatItsGetAnswersWithoutTheBody() throws Exception {
			for (String path : PATHS) {
				MockHttpServletResponse got = answer(get(path));
				MockHttpServletResponse headed = answer(head(path));
				assertThat(headed.getStatus()).as("HEAD %s", path).isEqualTo(got.getStatus());
				for (String header : HEADERS) {
					assertThat(headed.getHeader(header)).as("HEAD %s: %s", path, header).isEqualTo(got.getHeader(header));
				}
			}
		}

		@Test
		void anEmbedAnswersHeadAsItAnswersGet() throws Exception {
			MockHttpServletResponse headed = answer(head("/embed/shares"));
			assertThat(headed.getStatus()).isEqualTo(200);
			assertThat(headed.getHeader("Content-Security-Policy")).contains("frame-ancestors *");
		}

	}

	@Nested
	class Actuator {

		@Test
		void onlyHealthIsServed() throws Exception {
			assertThat(answer(get("/actuator/health")).getStatus()).isEqualTo(200);
			for (String path : List.of("/actuator", "/actuator/", "/actuator/info", "/actuator/env", "/actuator/beans",
					"/actuator/metrics", "/actuator/mappings", "/actuator/configprops", "/actuator/loggers",
					"/actuator/heapdump", "/actuator/threaddump", "/actuator/no-such-endpoint")) {
				assertThat(answer(get(path)).getStatus()).as("GET %s", path).isEqualTo(404);
				assertThat(answer(head(path)).getStatus()).as("HEAD %s", path).isEqualTo(404);
			}
		}

	}

}
