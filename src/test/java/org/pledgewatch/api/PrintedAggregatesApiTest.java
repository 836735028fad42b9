package org.pledgewatch.api;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.pledgewatch.ShippedDataConfig;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The alliance-wide shares NATO prints (data/editions/nato-aggregates.csv, Table 3): the June 2024 edition prints
 * 2.71% for NATO Total and 2.02% for NATO Europe and Canada in 2024; the 2025 edition 2.76% and 2.27% in 2025. The
 * share computed from current-price totals (1,474,399 / 53,976,437 = 2.73%) stays, labelled as not NATO's.
 */
@WebMvcTest(ComplianceApiController.class)
@Import(ShippedDataConfig.class)
class PrintedAggregatesApiTest {

	@Autowired
	private MockMvc mvc;

	@Test
	void theJune2024EditionsSummaryFor2024GivesNatosPrintedShares() throws Exception {
		mvc.perform(get("/api/summary").param("year", "2024").param("version", "1"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.dataset.version").value(1))
			.andExpect(jsonPath("$.publishedAllianceShareOfGdpPct").value(2.71))
			.andExpect(jsonPath("$.publishedEuropeCanadaShareOfGdpPct").value(2.02))
			.andExpect(jsonPath("$.allianceShareOfGdpPct").value(2.73));
	}

	@Test
	void the2025EditionsSummaryFor2025GivesNatosPrintedSharesAsPrinted() throws Exception {
		mvc.perform(get("/api/summary").param("year", "2025"))
			.andExpect(jsonPath("$.dataset.version").value(2))
			.andExpect(jsonPath("$.publishedAllianceShareOfGdpPct").value(2.76))
			.andExpect(jsonPath("$.publishedEuropeCanadaShareOfGdpPct").value(2.27))
			.andExpect(jsonPath("$.allianceShareOfGdpPct").isEmpty());
	}

	@Test
	void theTrendGivesThePrintedSharesEveryYearTheEditionPrintsThem() throws Exception {
		mvc.perform(get("/api/trend").param("version", "1"))
			.andExpect(jsonPath("$.years[?(@.year == 2014)].publishedAllianceShareOfGdpPct").value(2.58))
			.andExpect(jsonPath("$.years[?(@.year == 2014)].publishedEuropeCanadaShareOfGdpPct").value(1.43))
			.andExpect(jsonPath("$.years[?(@.year == 2024)].publishedAllianceShareOfGdpPct").value(2.71));
	}

	@Test
	void aTargetWithMoreThanTwoDecimalsIsRefusedWithAMessage() throws Exception {
		for (String target : new String[] { "2.0000000000000000000001", "2.001", "3.505" }) {
			mvc.perform(get("/api/compliance").param("target", target))
				.andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.error").value(containsString("at most two decimals")));
		}
		for (String target : new String[] { "2.5", "2,5", "3.50", "2.500" }) {
			mvc.perform(get("/api/compliance").param("target", target))
				.andExpect(status().isOk())
				.andExpect(jsonPath("$.targetPct").value(2.5 + (target.startsWith("3") ? 1 : 0)));
		}
	}

}
