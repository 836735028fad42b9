package org.pledgewatch.api;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.nullValue;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.pledgewatch.Edition2024Shown;
import org.pledgewatch.ShippedDataConfig;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The JSON names what the previous published edition printed where the version shown revised it. Figures from
 * NATO's printed tables: Belgium 2024 was 1.30 in the June 2024 edition (1.29 in August 2025's); 23 of 31 allies at
 * 2% in 2024 then, 18 of 31 now.
 */
class RevisionsApiTest {

	@Nested
	@WebMvcTest(ComplianceApiController.class)
	@Import(ShippedDataConfig.class)
	class WithTheAugust2025EditionShown {

		@Autowired
		private MockMvc mvc;

		@Test
		void belgiumsRowsCarryThePreviousShareWhereRevisedAndNullElsewhere() throws Exception {
			mvc.perform(get("/api/countries/BEL"))
				.andExpect(jsonPath("$.rows[?(@.year==2024)].shareOfGdpPctRounded").value(contains(1.29)))
				.andExpect(jsonPath("$.rows[?(@.year==2024)].previous.version").value(contains(1)))
				.andExpect(jsonPath("$.rows[?(@.year==2024)].previous.shareOfGdpPct").value(contains(1.30)))
				.andExpect(jsonPath("$.rows[?(@.year==2025)].previous").value(contains(nullValue())));
		}

		@Test
		void theSummaryGivesThePreviousEditionsCountForTheYear() throws Exception {
			mvc.perform(get("/api/summary").param("year", "2024"))
				.andExpect(jsonPath("$.alliesMeetingTarget").value(18))
				.andExpect(jsonPath("$.alliesReporting").value(31))
				.andExpect(jsonPath("$.previousEdition.version").value(1))
				.andExpect(jsonPath("$.previousEdition.alliesMeetingTarget").value(23))
				.andExpect(jsonPath("$.previousEdition.alliesReporting").value(31));
		}

		@Test
		void aYearThePreviousEditionDoesNotHaveHasNoPreviousEdition() throws Exception {
			mvc.perform(get("/api/summary").param("year", "2025"))
				.andExpect(jsonPath("$.previousEdition").value(nullValue()));
		}

	}

	@Nested
	@WebMvcTest(ComplianceApiController.class)
	@Import({ ShippedDataConfig.class, Edition2024Shown.class })
	class WithTheJune2024EditionShown {

		@Autowired
		private MockMvc mvc;

		@Test
		void theOldestEditionHasNoPreviousOne() throws Exception {
			mvc.perform(get("/api/summary").param("year", "2024"))
				.andExpect(jsonPath("$.alliesMeetingTarget").value(23))
				.andExpect(jsonPath("$.previousEdition").value(nullValue()));
			mvc.perform(get("/api/countries/BEL"))
				.andExpect(jsonPath("$.rows[?(@.year==2024)].previous").value(contains(nullValue())));
		}

	}

}
