package org.pledgewatch.api;

import static org.hamcrest.Matchers.closeTo;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.pledgewatch.ShippedDataConfig;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;

/** Events for the charts' annotations, the path to 2035, the equipment guideline and the compare data. */
@WebMvcTest({ ContextApiController.class, ComplianceApiController.class })
@Import(ShippedDataConfig.class)
class ContextApiTest {

	@Autowired
	private MockMvc mvc;

	@Test
	void eventsComeOldestFirstWithTheirYear() throws Exception {
		mvc.perform(get("/api/events"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$", hasSize(15)))
			.andExpect(jsonPath("$[0].date").value("1949-04-04"))
			.andExpect(jsonPath("$[0].year").value(1949))
			.andExpect(jsonPath("$[2].shortTitle").value("Wales pledge"))
			.andExpect(jsonPath("$[2].title").value("Wales Summit: Defence Investment Pledge"))
			.andExpect(jsonPath("$[8].date").value("2024-05-28"));
	}

	@Test
	void eventsFollowTheLanguage() throws Exception {
		mvc.perform(get("/api/events").param("lang", "nl"))
			.andExpect(jsonPath("$[8].title").value("Veiligheidsakkoord België–Oekraïne"));
		mvc.perform(get("/api/events").header("Accept-Language", "de"))
			.andExpect(jsonPath("$[14].shortTitle").value("Belgien bei 2\u00a0%"));
	}

	@Test
	void theApiTellsWhetherAnAllyMeetsTheEquipmentGuidelineAndNullWhenUnknown() throws Exception {
		mvc.perform(get("/api/countries/BEL"))
			.andExpect(jsonPath("$.rows[8].year").value(2022))
			.andExpect(jsonPath("$.rows[8].equipmentSharePct", closeTo(20.36, 0.005)))
			.andExpect(jsonPath("$.rows[8].meetsEquipmentGuideline").value(true))
			.andExpect(jsonPath("$.rows[10].meetsEquipmentGuideline").value(false));
		mvc.perform(get("/api/countries/ISL"))
			.andExpect(jsonPath("$.rows[0].meetsEquipmentGuideline").isEmpty());
	}

	@Test
	void belgiumsPathToThreeAndAHalfPercent() throws Exception {
		mvc.perform(get("/api/countries/bel/path").param("target", "3.5"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.fromYear").value(2025))
			.andExpect(jsonPath("$.deadline").value(2035))
			// From NATO's 2.00% in 2025.
			.andExpect(jsonPath("$.distancePts").value(1.5))
			.andExpect(jsonPath("$.required", hasSize(11)))
			.andExpect(jsonPath("$.required[10].sharePct").value(3.5));
	}

	@Test
	void compareAnswersTheAlliesInTheOrderAsked() throws Exception {
		mvc.perform(get("/api/compare").param("iso3", "NLD", "BEL"))
			.andExpect(jsonPath("$", hasSize(2)))
			.andExpect(jsonPath("$[0].iso3").value("NLD"))
			.andExpect(jsonPath("$[1].iso3").value("BEL"));
	}

}
