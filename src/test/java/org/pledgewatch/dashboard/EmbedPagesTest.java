package org.pledgewatch.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.pledgewatch.ShippedDataConfig;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;

/** One chart per page for other sites to frame: only /embed/** may be framed, and each names its source. */
@WebMvcTest({ EmbedController.class, DashboardController.class, CountryController.class })
@Import(ShippedDataConfig.class)
class EmbedPagesTest {

	@Autowired
	private MockMvc mvc;

	@Test
	void anEmbedPageMayBeFramedByAnySiteAndCitesTheVersionShown() throws Exception {
		mvc.perform(get("/embed/shares").param("year", "2025"))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Security-Policy", containsString("frame-ancestors *")))
			.andExpect(header().doesNotExist("X-Frame-Options"))
			.andExpect(content().string(allOf(containsString("Defence expenditure as % of GDP, 2025"),
					containsString("data-endpoint=\"/api/compliance?year=2025&amp;target=2\""),
					containsString("Figures: NATO, Defence Expenditure of NATO Countries (2014-2025), 28 August 2025."),
					containsString("Dataset version 2."), containsString("href=\"/?year=2025&amp;target=2\""),
					not(containsString("class=\"site-header\"")))));
	}

	@Test
	void everyOtherPageStaysUnframeable() throws Exception {
		for (String page : new String[] { "/", "/countries/BEL" }) {
			mvc.perform(get(page))
				.andExpect(header().string("X-Frame-Options", "DENY"))
				.andExpect(header().string("Content-Security-Policy", containsString("frame-ancestors 'none'")));
		}
	}

	@Test
	void eachChartHasItsEmbedPageInTheReadersLanguage() throws Exception {
		mvc.perform(get("/embed/history").param("iso3", "bel").param("lang", "nl"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Aandeel van België in het bbp"),
					containsString("data-chart=\"trend\""), containsString("Cijfers: NATO"))));
		mvc.perform(get("/embed/meeting").param("target", "3,5"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("data-endpoint=\"/api/trend?target=3.5\"")));
		mvc.perform(get("/embed/spending").param("iso3", "NLD")).andExpect(status().isOk());
	}

	@Test
	void unknownChartsAndAlliesAre404AndEmbedsTakeNoWrites() throws Exception {
		mvc.perform(get("/embed/pie")).andExpect(status().isNotFound());
		mvc.perform(get("/embed/history").param("iso3", "XXX")).andExpect(status().isNotFound());
		mvc.perform(post("/embed/shares")).andExpect(status().is4xxClientError());
	}

	@Test
	void theDashboardOffersTheEmbedCodeAndACitationPinnedToTheVersionShown() throws Exception {
		// The active version, asked for without ?version=: the code and the citation still name version 2, so the
		// next edition changes neither.
		mvc.perform(get("/"))
			.andExpect(content().string(allOf(
					containsString("&lt;iframe src=&quot;http://localhost/embed/shares?year=2025&amp;target=2&amp;version=2&quot;"),
					containsString("NATO, Defence Expenditure of NATO Countries (2014-2025), 28 August 2025, dataset version 2, data as of 3 June 2025"),
					containsString(", via Pledgewatch, http://localhost/?year=2025&amp;target=2&amp;version=2 (accessed "))));
	}

	@Test
	void theSecondEmbedCodeFollowsTheLatestPublishedVersion() throws Exception {
		String page = mvc.perform(get("/")).andReturn().getResponse().getContentAsString();
		String latest = PagesTest.element(page, "data-testid=\"embed-code-latest\"", "</textarea>");
		assertThat(latest).contains("&lt;iframe src=&quot;http://localhost/embed/shares?year=2025&amp;target=2&quot;")
			.doesNotContain("version=");
		assertThat(page).contains("Always the latest published version");
	}

	@Test
	void theEmbedCodeSizesItsFrameToTheEmbedsHeightFromThisSiteOnly() throws Exception {
		String code = PagesTest.element(mvc.perform(get("/")).andReturn().getResponse().getContentAsString(),
				"data-testid=\"embed-code\"", "</textarea>");
		assertThat(code).contains("height=&quot;1100&quot;")
			.contains("addEventListener(&quot;message&quot;")
			.contains("e.origin!==&quot;http://localhost&quot;")
			.contains("pledgewatch-embed-height");
		mvc.perform(get("/embed/shares"))
			.andExpect(content().string(containsString("/js/embed-height.js")));
	}

}
