package org.pledgewatch.dashboard;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import org.junit.jupiter.api.Test;
import org.pledgewatch.ShippedDataConfig;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;

/** The Hague targets, the equipment guideline, Belgium in context and the compare page. */
// Pages rendered afresh for each test: they read what the controller put in the model.
@WebMvcTest(controllers = { DashboardController.class, CountryController.class, CompareController.class },
		properties = "dashboard.rendered-answers.max-size=0")
@Import(ShippedDataConfig.class)
class BeyondTwoPercentPagesTest {

	@Autowired
	private MockMvc mvc;

	@Test
	void everyPageOffersTheThreeTargetsAndACustomOne() throws Exception {
		for (String page : new String[] { "/", "/countries/BEL", "/compare" }) {
			mvc.perform(get(page))
				.andExpect(content().string(allOf(containsString("data-target-preset=\"2\""),
						containsString("data-target-preset=\"3.5\""), containsString("data-target-preset=\"5\""),
						containsString("name=\"target\" type=\"text\" inputmode=\"decimal\""))));
		}
	}

	@Test
	void atThreeAndAHalfPercentTheDashboardListsEveryAllysRoadTo2035() throws Exception {
		mvc.perform(get("/").param("target", "3.5"))
			.andExpect(content().string(allOf(containsString("data-testid=\"hague-paths\""),
					containsString("The road to 3.5% by 2035"), containsString("/api/countries/BEL/path?target=3.5"),
					containsString("1.50 pts"), containsString("+5.8%"))));
		mvc.perform(get("/")).andExpect(content().string(not(containsString("data-testid=\"hague-paths\""))));
	}

	@Test
	void aDecimalCommaIsReadAsTheReaderMeantItInEveryLanguage() throws Exception {
		for (String lang : new String[] { "nl", "fr", "de", "en" }) {
			mvc.perform(get("/").param("target", "3,5").param("lang", lang))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("aria-current=\"true\" data-target-preset=\"3.5\"")))
				.andExpect(content().string(containsString("value=\"3.5\"")));
		}
		mvc.perform(get("/countries/BEL").param("target", "2,5").param("lang", "nl"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("2,5\u00a0%")));
		mvc.perform(get("/").param("target", "1,2,5")).andExpect(status().isBadRequest());
	}

	@Test
	void theFivePercentViewSaysWhatTheFivePercentCovers() throws Exception {
		mvc.perform(get("/").param("target", "5"))
			.andExpect(content().string(allOf(containsString("data-testid=\"five-percent-caveat\""),
					containsString("up to 1.5 points"))));
		mvc.perform(get("/countries/BEL").param("target", "5").param("lang", "fr"))
			.andExpect(content().string(containsString("data-testid=\"five-percent-caveat\"")));
		mvc.perform(get("/").param("target", "3.5"))
			.andExpect(content().string(not(containsString("five-percent-caveat"))));
	}

	@Test
	void belgiumsPageAtFivePercentSaysHowFastItsShareMustGrow() throws Exception {
		mvc.perform(get("/countries/BEL").param("target", "5"))
			.andExpect(content().string(allOf(containsString("data-testid=\"path-summary\""),
					containsString("To reach 5% by 2035 its share must grow by +9.6% every year"))));
	}

	@Test
	void theEquipmentShareIsShownAgainstTheTwentyPercentGuideline() throws Exception {
		mvc.perform(get("/countries/BEL"))
			.andExpect(content().string(allOf(containsString("14.54%"), containsString("20.36%"),
					containsString("≥ 20%"), containsString("&lt; 20%"))));
	}

	@Test
	void belgiumsPageListsTheEventsAndShowsItAsTheEleventhSignatory() throws Exception {
		mvc.perform(get("/countries/BEL"))
			.andExpect(content().string(allOf(containsString("data-testid=\"events\""),
					containsString("Wales Summit: Defence Investment Pledge"),
					containsString("Belgium was the 11th signatory, on May 28, 2024"),
					containsString("<li data-position=\"11\" class=\"current\">"),
					containsString("United Kingdom"), containsString("Japan"))));
	}

	@Test
	void theComparePagePreselectsBelgiumAndItsNeighbours() throws Exception {
		mvc.perform(get("/compare"))
			.andExpect(status().isOk())
			.andExpect(view().name("compare"))
			.andExpect(content().string(allOf(containsString("value=\"BEL\" checked=\"checked\""),
					containsString("value=\"NLD\" checked=\"checked\""), containsString("value=\"LUX\" checked=\"checked\""),
					containsString("value=\"FRA\" checked=\"checked\""), containsString("value=\"DEU\" checked=\"checked\""),
					not(containsString("value=\"POL\" checked=\"checked\"")),
					containsString("/api/compare?iso3=BEL&amp;iso3=NLD&amp;iso3=LUX&amp;iso3=FRA&amp;iso3=DEU&amp;target=2"))));
	}

	@Test
	void theComparePageShowsThePickedAlliesSideBySide() throws Exception {
		mvc.perform(get("/compare").param("iso3", "BEL", "POL").param("lang", "nl"))
			.andExpect(content().string(allOf(containsString("value=\"POL\" checked=\"checked\""),
					not(containsString("value=\"NLD\" checked=\"checked\"")), containsString("4,48\u00a0%"),
					containsString("Polen"))));
	}

	@Test
	void comparingAnUnknownAllyIsA404() throws Exception {
		mvc.perform(get("/compare").param("iso3", "XXX")).andExpect(status().isNotFound());
	}

}
