package org.pledgewatch.dashboard;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.matchesRegex;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.pledgewatch.ShippedDataConfig;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;

@WebMvcTest({ DashboardController.class, CountryController.class })
@Import(ShippedDataConfig.class)
class PagesTest {

	@Autowired
	private MockMvc mvc;

	@Nested
	class Dashboard {

		@Test
		void showsTheLatestYearsHeadlinesWithBelgiumCalledOut() throws Exception {
			mvc.perform(get("/"))
				.andExpect(status().isOk())
				.andExpect(view().name("dashboard"))
				.andExpect(content().string(allOf(containsString("Who meets the 2% target in 2024?"),
						containsString("23 of 31"), containsString("1.30%"), containsString("28th of 31 allies"),
						containsString("$4.6 bn short of 2%"),
						containsString("Belgium spent 1.30% of its GDP on defence in 2024 (NATO estimate)"))));
		}

		@Test
		void highlightsBelgiumsRowAndLinksItsPage() throws Exception {
			mvc.perform(get("/"))
				.andExpect(content().string(allOf(containsString("<tr data-iso3=\"BEL\" class=\"highlight\">"),
						containsString("href=\"/countries/BEL?target=2\""))));
		}

		@Test
		void icelandReadsNoDefenceExpenditureReportedNeverZero() throws Exception {
			String html = mvc.perform(get("/")).andReturn().getResponse().getContentAsString();
			String icelandRow = html.substring(html.indexOf("data-iso3=\"ISL\""));
			icelandRow = icelandRow.substring(0, icelandRow.indexOf("</tr>"));
			org.assertj.core.api.Assertions.assertThat(icelandRow)
				.contains("no defence expenditure reported")
				.doesNotContain("0.00%")
				.doesNotContain("below");
		}

		@Test
		void theYearPickerAndTargetChangeTheFigures() throws Exception {
			mvc.perform(get("/").param("year", "2014").param("target", "3.5"))
				.andExpect(status().isOk())
				.andExpect(content().string(allOf(containsString("Who meets the 3.5% target in 2014?"),
						containsString("<option value=\"2014\" selected=\"selected\">2014</option>"),
						containsString("not yet a member"))));
		}

		@Test
		void chartsReadTheJsonApi() throws Exception {
			mvc.perform(get("/").param("year", "2020"))
				.andExpect(content().string(allOf(
						containsString("data-endpoint=\"/api/compliance?year=2020&amp;target=2\""),
						containsString("data-endpoint=\"/api/countries/BEL?target=2\""),
						matchesRegex("(?s).*src=\"/webjars/chart\\.js/[0-9.]+/dist/chart\\.umd\\.min\\.js\".*"))));
		}

		@Test
		void anUnknownYearIsA404PageInTheLayout() throws Exception {
			mvc.perform(get("/").param("year", "1990"))
				.andExpect(status().isNotFound())
				.andExpect(content().string(allOf(containsString("No figures for 1990"),
						containsString("class=\"site-header\""), not(containsString("Exception")))));
		}

		@Test
		void aBadTargetIsA400PageWithAFriendlyMessage() throws Exception {
			mvc.perform(get("/").param("target", "150"))
				.andExpect(status().isBadRequest())
				.andExpect(content().string(allOf(containsString("above 0 and at most 100"),
						not(containsString("at org.")))));
			mvc.perform(get("/").param("target", "abc")).andExpect(status().isBadRequest());
			mvc.perform(get("/").param("year", "abc")).andExpect(status().isBadRequest());
		}

	}

	@Nested
	class Country {

		@Test
		void belgiumsPageHasEveryYearItsRankAndGap() throws Exception {
			mvc.perform(get("/countries/BEL"))
				.andExpect(status().isOk())
				.andExpect(view().name("country"))
				.andExpect(content().string(allOf(containsString("<h1 class=\"is-highlight\">Belgium</h1>"),
						containsString("In 2024 (NATO estimate), Belgium spent 1.30% of GDP on defence (8,519 million USD), 28th of 31 allies."),
						containsString("Since 2014 its share has gone from 0.97% to 1.30%"), containsString("4,596"),
						containsString("data-endpoint=\"/api/countries/BEL?target=2\""))));
		}

		@Test
		void icelandSaysNoDefenceExpenditureReported() throws Exception {
			mvc.perform(get("/countries/ISL"))
				.andExpect(status().isOk())
				.andExpect(content().string(allOf(containsString("Iceland reported no defence expenditure for 2024."),
						not(containsString("0.00%")))));
		}

		@Test
		void finlandsYearsBeforeJoiningAreMarked() throws Exception {
			mvc.perform(get("/countries/fin"))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("not yet a member")));
		}

		@Test
		void anUnknownCodeIsA404PageInTheLayout() throws Exception {
			mvc.perform(get("/countries/XXX"))
				.andExpect(status().isNotFound())
				.andExpect(content().string(allOf(containsString("No ally with the code"),
						containsString("class=\"site-header\""))));
		}

		@Test
		void theAllyPickerRedirectsToTheAllysAddress() throws Exception {
			mvc.perform(get("/countries/go").param("iso3", "NLD").param("target", "3.5"))
				.andExpect(redirectedUrl("/countries/NLD?target=3.5"));
		}

	}

}
