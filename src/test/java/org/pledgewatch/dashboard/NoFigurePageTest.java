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

/** Iceland has no armed forces and NATO prints no figure for it: it is never described as below the target. */
@WebMvcTest(controllers = CountryController.class, properties = "dashboard.rendered-answers.max-size=0")
@Import(ShippedDataConfig.class)
class NoFigurePageTest {

	@Autowired
	private MockMvc mvc;

	@Test
	void icelandIsNotMeasuredAgainstTheTargetNotBelowIt() throws Exception {
		String page = mvc.perform(get("/countries/ISL")).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(page).contains("Iceland has no published figure in any year of this data set, so it is not measured against 2%.")
			.doesNotContain("Iceland is not at or above 2%");
	}

	@Test
	void anAllyWithFiguresBelowTheTargetStillSaysSo() throws Exception {
		String page = mvc.perform(get("/countries/ESP").param("version", "1")).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(page).contains("Spain is not at or above 2% in any year of this data set.");
	}

}
