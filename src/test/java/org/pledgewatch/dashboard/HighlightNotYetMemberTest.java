package org.pledgewatch.dashboard;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;
import org.pledgewatch.ShippedDataConfig;
import org.pledgewatch.system.DashboardProperties;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Sweden highlighted in 2020, four years before it joined: the dashboard's callout says what the country page and the
 * status badge say (not yet a member), never "below the target" with no rank.
 */
@WebMvcTest(controllers = { DashboardController.class, CountryController.class },
		properties = "dashboard.rendered-answers.max-size=0")
@Import({ ShippedDataConfig.class, HighlightNotYetMemberTest.Sweden.class })
class HighlightNotYetMemberTest {

	@TestConfiguration
	static class Sweden {

		@Bean
		@Primary
		DashboardProperties swedenHighlighted() {
			return new DashboardProperties(new BigDecimal("2.0"), "SWE");
		}

	}

	@Autowired
	private MockMvc mvc;

	@Test
	void theDashboardCalloutSaysNotYetAMember() throws Exception {
		mvc.perform(get("/").param("year", "2020"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(
					containsString("Sweden was not yet a NATO member in 2020; NATO&#39;s tables still give its figures."),
					not(containsString("Sweden spent")))));
	}

}
