package org.pledgewatch.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.pledgewatch.ShippedDataConfig;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The alliance-wide share on the dashboard is NATO's printed "NATO Total" (data/editions/nato-aggregates.csv): 2.71%
 * for 2024 in the June 2024 edition, 2.76% for 2025 in the 2025 edition. The 2.73% computed from current-price totals
 * is shown only as such. A target the figures cannot be compared with is refused.
 */
@WebMvcTest(controllers = DashboardController.class, properties = "dashboard.rendered-answers.max-size=0")
@Import(ShippedDataConfig.class)
class AllianceSharePageTest {

	@Autowired
	private MockMvc mvc;

	private String card(String url) throws Exception {
		String page = mvc.perform(get(url)).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		int start = page.indexOf("data-testid=\"alliance-share\"");
		assertThat(start).as("the alliance-wide share card").isPositive();
		return page.substring(start, page.indexOf("</div>", start));
	}

	@Test
	void theJune2024EditionShowsNatosPrinted271PercentAndLabelsTheComputedOne() throws Exception {
		String card = card("/?year=2024&version=1");
		assertThat(card).startsWith("data-testid=\"alliance-share\">2.71%<")
			.contains("NATO Total as NATO prints it", "NATO Europe and Canada: 2.02%",
					"NATO, Defence Expenditure of NATO Countries (2014-2024)",
					"2.73% computed from current-price totals, not NATO&#39;s figure");
	}

	@Test
	void the2025EditionShowsNatosPrinted276Percent() throws Exception {
		assertThat(card("/?year=2025")).startsWith("data-testid=\"alliance-share\">2.76%<")
			.contains("NATO Europe and Canada: 2.27%", "(2014-2025)")
			.doesNotContain("computed from current-price totals");
	}

	@Test
	void aTargetWithMoreThanTwoDecimalsIs400WithAMessageNotAStackTrace() throws Exception {
		String page = mvc.perform(get("/").param("target", "2.0000000000000000000001"))
			.andExpect(status().isBadRequest())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(page).contains("at most two decimals").doesNotContain("Exception");
		mvc.perform(get("/").param("target", "3.50")).andExpect(status().isOk());
		mvc.perform(get("/").param("target", "2,5")).andExpect(status().isOk());
	}

}
