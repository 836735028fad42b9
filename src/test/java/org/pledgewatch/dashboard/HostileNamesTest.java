package org.pledgewatch.dashboard;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.pledgewatch.ShippedDataConfig;
import org.pledgewatch.dataset.ActiveDataset;
import org.pledgewatch.dataset.Dataset;
import org.pledgewatch.dataset.DatasetRow;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.test.web.servlet.MockMvc;

/** Names come from uploaded files: the pages must print them as text, never as markup. */
@WebMvcTest({ DashboardController.class, CountryController.class })
@Import({ ShippedDataConfig.class, HostileNamesTest.HostileDataset.class })
class HostileNamesTest {

	private static final String SCRIPT = "<script>alert('x')</script>";

	@Autowired
	private MockMvc mvc;

	@Test
	void dashboardEscapesNames() throws Exception {
		mvc.perform(get("/"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(not(containsString(SCRIPT)),
					containsString("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;"))));
	}

	@Test
	void countryPageEscapesNames() throws Exception {
		mvc.perform(get("/countries/XSS"))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString(SCRIPT))));
	}

	@TestConfiguration(proxyBeanMethods = false)
	static class HostileDataset {

		@Bean
		@Primary
		ActiveDataset hostile() {
			Dataset dataset = new Dataset(2, List.of(
					new DatasetRow(SCRIPT, "XSS", 2024, new BigDecimal("10"), new BigDecimal("100"), null, null, null, false),
					new DatasetRow("Belgium", "BEL", 2024, new BigDecimal("8519"), new BigDecimal("655744"), null, null,
							null, true)));
			return () -> dataset;
		}

	}

}
