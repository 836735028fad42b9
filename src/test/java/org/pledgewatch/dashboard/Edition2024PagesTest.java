package org.pledgewatch.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.pledgewatch.Edition2024Shown;
import org.pledgewatch.ShippedDataConfig;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;

/** The pages with version 1, NATO's June 2024 edition, shown: the edition with money figures. */
@WebMvcTest({ DashboardController.class, CountryController.class })
@Import({ ShippedDataConfig.class, Edition2024Shown.class })
class Edition2024PagesTest {

	@Autowired
	private MockMvc mvc;

	@Test
	void theDashboardShowsBelgium2024WithItsGapInMoney() throws Exception {
		mvc.perform(get("/"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Who meets the 2% target in 2024?"),
					containsString("23 of 31"), containsString("1.30%"), containsString("28th of 31 allies"),
					// 0.70 points of NATO's printed GDP of $655.7 bn.
					containsString("$4.6 bn short of 2%"),
					containsString("Belgium spent 1.30% of its GDP on defence in 2024 (NATO estimate)"),
					containsString("Spending (m USD)"), not(containsString("not available in this edition")))));
	}

	@Test
	void theFooterCitesTheJune2024Edition() throws Exception {
		String footer = PagesTest.element(mvc.perform(get("/")).andReturn().getResponse().getContentAsString(),
				"data-testid=\"citation\"", "</p>");
		assertThat(footer).contains("NATO, Defence Expenditure of NATO Countries (2014-2024), 17 June 2024")
			.contains("million US dollars at current prices and exchange rates")
			.contains("href=\"https://www.nato.int/");
	}

	@Test
	void belgiumsPageHasSpendingRankGapAndBothChanges() throws Exception {
		mvc.perform(get("/countries/BEL"))
			.andExpect(content().string(allOf(
					containsString("In 2024 (NATO estimate), Belgium spent 1.30% of GDP on defence (8,519 million USD), 28th of 31 allies."),
					containsString("Since 2014 its share has gone from 0.97% to 1.30%"), containsString("4,590"),
					containsString("Change (current USD)"), containsString("Real change"),
					containsString("data-chart=\"spending\""))));
	}

	@Test
	void icelandReadsNoFigurePublished() throws Exception {
		mvc.perform(get("/countries/ISL"))
			.andExpect(content().string(allOf(containsString("Iceland: no figure published for 2024."),
					not(containsString("0.00%")))));
	}

}
