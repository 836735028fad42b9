package org.pledgewatch.api;

import static org.hamcrest.Matchers.closeTo;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.pledgewatch.Edition2024Shown;
import org.pledgewatch.ShippedDataConfig;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;

/** The API with NATO's June 2024 edition shown: the edition with money figures. Expected figures are NATO's. */
@WebMvcTest(ComplianceApiController.class)
@Import({ ShippedDataConfig.class, Edition2024Shown.class })
class ComplianceApi2024EditionTest {

	private static final String BELGIUM = "$.rows[?(@.iso3=='BEL')]";

	@Autowired
	private MockMvc mvc;

	@Test
	void belgiumIn2024UsesNatosPrintedShareWithSpendingGdpAndAMoneyGap() throws Exception {
		mvc.perform(get("/api/compliance").param("year", "2024").param("target", "2"))
			.andExpect(jsonPath("$.dataset.version").value(1))
			.andExpect(jsonPath("$.dataset.source").value(containsString("17 June 2024")))
			.andExpect(jsonPath(BELGIUM + ".defenceExpenditureMusd").value(contains(8519.0)))
			.andExpect(jsonPath(BELGIUM + ".gdpMusd").value(contains(655744.0)))
			.andExpect(jsonPath(BELGIUM + ".shareOfGdpPct").value(contains(1.30)))
			.andExpect(jsonPath(BELGIUM + ".shareSource").value(contains("published")))
			.andExpect(jsonPath(BELGIUM + ".publishedShareOfGdpPct").value(contains(1.30)))
			.andExpect(jsonPath(BELGIUM + ".computedShareOfGdpPct").value(contains(1.30)))
			.andExpect(jsonPath(BELGIUM + ".meetsTarget").value(contains(false)))
			.andExpect(jsonPath(BELGIUM + ".gapToTargetPts").value(contains(closeTo(0.70, 1e-9))))
			// 0.70 points of NATO's printed GDP of 655,744 million USD.
			.andExpect(jsonPath(BELGIUM + ".gapToTargetMusd").value(contains(closeTo(4590.208, 0.001))))
			.andExpect(jsonPath(BELGIUM + ".rank").value(contains(28)))
			.andExpect(jsonPath(BELGIUM + ".estimate").value(contains(true)))
			.andExpect(jsonPath(BELGIUM + ".member").value(contains(true)));
	}

	@Test
	void twentyThreeAlliesMeetTwoPercentIn2024AndBelgiumIs28thOf31() throws Exception {
		mvc.perform(get("/api/summary").param("year", "2024").param("target", "2"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.year").value(2024))
			.andExpect(jsonPath("$.alliesReporting").value(31))
			.andExpect(jsonPath("$.membersThatYear").value(32))
			.andExpect(jsonPath("$.complete").value(true))
			.andExpect(jsonPath("$.alliesMeetingTarget").value(23))
			.andExpect(jsonPath("$.meetingTarget", hasSize(23)))
			.andExpect(jsonPath("$.meetingTarget", hasItem("USA")))
			.andExpect(jsonPath("$.meetingTarget", not(hasItem("BEL"))))
			.andExpect(jsonPath("$.totalDefenceExpenditureMusd", closeTo(1474410.0, 1000.0)))
			// Total spending / total GDP in current dollars; NATO prints 2.71% for the alliance in constant prices.
			.andExpect(jsonPath("$.allianceShareOfGdpPct", closeTo(2.73, 0.005)))
			.andExpect(jsonPath("$.highlight.iso3").value("BEL"))
			.andExpect(jsonPath("$.highlight.shareOfGdpPct", closeTo(1.30, 0.005)))
			.andExpect(jsonPath("$.highlight.rank").value(28))
			.andExpect(jsonPath("$.highlight.gapToTargetMusd", closeTo(4590.2, 0.05)));
	}

	@Test
	void theDefaultYearIsTheEditionsLatest() throws Exception {
		mvc.perform(get("/api/compliance")).andExpect(jsonPath("$.year").value(2024));
	}

}
