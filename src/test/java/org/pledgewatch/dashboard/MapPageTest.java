package org.pledgewatch.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.pledgewatch.ShippedDataConfig;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;

/** The map: every ally a shape with its code, Belgium outlined and labelled, and the same figures as a table. */
@WebMvcTest({ MapController.class, DashboardController.class, EmbedController.class })
@Import(ShippedDataConfig.class)
class MapPageTest {

	/** NATO's 32 allies in 2025 (Sweden since 2024, Finland since 2023). */
	private static final List<String> ALLIES = List.of("ALB", "BEL", "BGR", "CAN", "HRV", "CZE", "DNK", "EST", "FIN",
			"FRA", "DEU", "GRC", "HUN", "ISL", "ITA", "LVA", "LTU", "LUX", "MNE", "NLD", "MKD", "NOR", "POL", "PRT", "ROU",
			"SVK", "SVN", "ESP", "SWE", "TUR", "GBR", "USA");

	@Autowired
	private MockMvc mvc;

	private String page(String url, String... params) throws Exception {
		var request = get(url);
		for (int i = 0; i < params.length; i += 2) {
			request = request.param(params[i], params[i + 1]);
		}
		return mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
	}

	@Test
	void everyAllyIsAShapeWithItsCodeAndBelgiumIsOutlinedAndLabelled() throws Exception {
		String html = page("/map", "year", "2025");
		for (String iso3 : ALLIES) {
			assertThat(html).as(iso3).containsPattern("fill=\"#[0-9a-f]{6}\" stroke=\"#ffffff\" data-iso3=\"" + iso3 + "\"");
		}
		assertThat(html).contains("data-testid=\"map-highlight\"").contains("stroke=\"#000000\" stroke-width=\"2.5\"")
			.containsPattern("data-testid=\"map-label\"[^>]*>Belgium 2.00% \\(e\\)</text>")
			.contains("Belgium (outlined)");
	}

	@Test
	void coloursFollowTheVerdictAndTheTarget() throws Exception {
		// NATO 2025 edition, 2024 at 2%: Belgium (1.29%) is 0.5 to 1 point below; Poland (3.79%) over a point above.
		String at2 = page("/map", "year", "2024");
		assertThat(fill(at2, "BEL")).isEqualTo("#f1a340");
		assertThat(fill(at2, "POL")).isEqualTo("#542788");
		// At 3.5% Belgium is more than a point below; Poland (3.79%) still meets it, by less than half a point.
		String at35 = page("/map", "year", "2024", "target", "3,5");
		assertThat(fill(at35, "BEL")).isEqualTo("#b35806");
		assertThat(fill(at35, "POL")).isEqualTo("#d8daeb");
		assertThat(at35).contains("Who meets the 3.5% target in 2024? The map");
	}

	@Test
	void theTableCarriesTheSameFiguresForKeyboardsAndScreenReaders() throws Exception {
		String html = page("/map", "year", "2024", "lang", "nl");
		assertThat(html).contains("data-testid=\"map-table\"")
			.containsPattern("<tr data-iso3=\"BEL\" class=\"highlight\">\\s*<th scope=\"row\">België</th>\\s*<td class=\"num\">1,29\u00a0%")
			.contains("0,5 tot 1 punt onder 2\u00a0%");
	}

	@Test
	void theDashboardHasTheMapAsAPanelAndTheEmbedPageIsFramable() throws Exception {
		assertThat(page("/", "year", "2025")).contains("data-testid=\"map-panel\"")
			.contains("href=\"/charts/map.png?year=2025&amp;target=2&amp;lang=en\"")
			.contains("href=\"/charts/meeting.csv?target=2&amp;lang=en\"")
			.contains("href=\"/charts/history.svg?iso3=BEL&amp;target=2&amp;lang=en\"");
		mvc.perform(get("/embed/map").param("year", "2024"))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Security-Policy", containsString("frame-ancestors *")))
			.andExpect(header().doesNotExist("X-Frame-Options"));
		mvc.perform(get("/map"))
			.andExpect(header().string("X-Frame-Options", "DENY"))
			.andExpect(header().string("Content-Security-Policy", containsString("frame-ancestors 'none'")));
	}

	private static String fill(String html, String iso3) {
		Matcher m = Pattern.compile("fill=\"(#[0-9a-f]{6})\" stroke=\"#ffffff\" data-iso3=\"" + iso3 + "\"").matcher(html);
		assertThat(m.find()).as(iso3).isTrue();
		return m.group(1);
	}

}
