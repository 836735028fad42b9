package org.pledgewatch.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
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

// Pages rendered afresh for each test: they read what the controller put in the model.
@WebMvcTest(controllers = { DashboardController.class, CountryController.class },
		properties = "dashboard.rendered-answers.max-size=0")
@Import(ShippedDataConfig.class)
class PagesTest {

	@Autowired
	private MockMvc mvc;

	@Nested
	class Dashboard {

		/** NATO's 2025 edition prints Belgium 2024 at 1.29%: 0.71 points short, the unit written once. */
		@Test
		void theGapInPointsNamesItsUnitOnce() throws Exception {
			mvc.perform(get("/").param("year", "2024"))
				.andExpect(content().string(allOf(containsString("0.71 points short of the 2% target"),
						containsString("0.71 points short of 2%"), not(containsString("pts points")))));
		}

		@Test
		void opensOnNatos2025EditionWithBelgiumAtTwoPercent() throws Exception {
			mvc.perform(get("/"))
				.andExpect(status().isOk())
				.andExpect(view().name("dashboard"))
				.andExpect(content().string(allOf(containsString("Who meets the 2% target in 2025?"),
						containsString("30 of 30"), containsString("2.00%"), containsString("joint 25th of 30 allies"),
						containsString("Belgium spent 2.00% of its GDP on defence in 2025 (NATO estimate): joint 25th of 30 allies, at or above the 2% target."),
						not(containsString("data-testid=\"partial-year\"")))));
		}

		@Test
		void theStatusCalloutSaysBelgiumReachedTwoPercentFirstIn2025() throws Exception {
			String callout = element(mvc.perform(get("/")).andReturn().getResponse().getContentAsString(),
					"data-testid=\"status-callout\"", "</p>");
			assertThat(callout).contains(
					"Belgium reached 2.00% in 2025, the first year at or above 2% in this data set, from 1.29% in 2024.")
				.contains("Newly at or above 2% in 2025:")
				.contains("Canada")
				.doesNotContain("Newly below");
		}

		@Test
		void moneyFiguresAreNotAvailableInThisEditionAndPointToTheOneWithThem() throws Exception {
			mvc.perform(get("/"))
				.andExpect(content().string(allOf(containsString("not available in this edition"),
						containsString("Dataset version 1 gives them."), not(containsString("$0.0 bn")),
						containsString("Gap (points of GDP)"), not(containsString("Spending (m USD)")))));
		}

		@Test
		void theFooterCitesTheVersionShown() throws Exception {
			String footer = element(mvc.perform(get("/")).andReturn().getResponse().getContentAsString(),
					"data-testid=\"citation\"", "</p>");
			assertThat(footer).contains("Figures: NATO, Defence Expenditure of NATO Countries (2014-2025), 28 August 2025.")
				.contains("This edition gives shares of GDP, not spending or GDP in money.")
				.doesNotContain("17 June 2024");
		}

		@Test
		void highlightsBelgiumsRowAndLinksItsPage() throws Exception {
			mvc.perform(get("/"))
				.andExpect(content().string(allOf(containsString("<tr data-iso3=\"BEL\" class=\"highlight\">"),
						containsString("href=\"/countries/BEL?target=2\""))));
		}

		@Test
		void germanyAndIcelandReadNoFigurePublishedNeverZeroNeverFailing() throws Exception {
			String html = mvc.perform(get("/")).andReturn().getResponse().getContentAsString();
			for (String iso3 : new String[] { "DEU", "ISL" }) {
				String row = element(html, "data-iso3=\"" + iso3 + "\"", "</tr>");
				assertThat(row).as(iso3).contains("no figure published").doesNotContain("0.00%").doesNotContain("below");
			}
		}

		@Test
		void theChartOfAlliesMeetingTheTargetReadsTheTrendApi() throws Exception {
			mvc.perform(get("/").param("target", "3.5"))
				.andExpect(content().string(allOf(containsString("data-endpoint=\"/api/trend?target=3.5\""),
						containsString("Allies at or above 3.5%, year by year"))));
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
		void belgiumsPageHasEveryYearItsRankAndTheStatusOfTheTarget() throws Exception {
			mvc.perform(get("/countries/BEL"))
				.andExpect(status().isOk())
				.andExpect(view().name("country"))
				.andExpect(content().string(allOf(containsString("<h1 class=\"is-highlight\">Belgium</h1>"),
						containsString("In 2025 (NATO estimate), Belgium spent 2.00% of GDP on defence, joint 25th of 30 allies."),
						containsString("Since 2014 its share has gone from 0.97% to 2.00%."),
						containsString("Belgium reached 2.00% in 2025, the first year at or above 2% in this data set, from 1.29% in 2024."),
						containsString("data-endpoint=\"/api/countries/BEL?target=2\""))));
		}

		@Test
		void belgiumsPageShowsRealChangeAndExplainsIt() throws Exception {
			String html = mvc.perform(get("/countries/BEL")).andReturn().getResponse().getContentAsString();
			assertThat(html).contains("Real change")
				.contains("current US dollars also moves with exchange rates")
				// NATO's real change for Belgium in 2025: +57.4%.
				.contains("+57.4%")
				.contains("not available in this edition")
				.doesNotContain("data-chart=\"spending\"");
		}

		@Test
		void germany2025SaysNoFigurePublished() throws Exception {
			mvc.perform(get("/countries/DEU"))
				.andExpect(status().isOk())
				.andExpect(content().string(allOf(containsString("Germany: no figure published for 2025."),
						not(containsString("0.00%")))));
		}

		@Test
		void icelandSaysNoFigurePublished() throws Exception {
			mvc.perform(get("/countries/ISL"))
				.andExpect(status().isOk())
				.andExpect(content().string(allOf(containsString("Iceland: no figure published for 2025."),
						not(containsString("0.00%")))));
		}

		@Test
		void finlandsYearsBeforeJoiningAreMarked() throws Exception {
			mvc.perform(get("/countries/fin"))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("not yet a member")));
		}

		/** NATO prints Finland at 1.46% (2014) and 2.09% (2023, its first year as a member): one badge a year. */
		@Test
		void finlandsBadgesFollowTheVerdict() throws Exception {
			String html = mvc.perform(get("/countries/FIN")).andReturn().getResponse().getContentAsString();
			assertThat(html).contains("badge-nonmember\">not yet a member</span>")
				.contains("badge-meets\">meets</span>")
				.doesNotContain("badge-missing");
			String iceland = mvc.perform(get("/countries/ISL")).andReturn().getResponse().getContentAsString();
			assertThat(iceland).contains("badge-missing").doesNotContain("badge-meets", "badge-below", "badge-nonmember");
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

	/** The text from {@code marker} to the first {@code end} after it. */
	static String element(String html, String marker, String end) {
		String from = html.substring(html.indexOf(marker));
		return from.substring(0, from.indexOf(end));
	}

}
