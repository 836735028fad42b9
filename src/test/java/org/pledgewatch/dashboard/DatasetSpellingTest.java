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

/**
 * In English, pages show each ally's name exactly as the active dataset spells it (an editor's correction shows as
 * written); other languages translate the names they know.
 */
@WebMvcTest({ DashboardController.class, CountryController.class })
@Import({ ShippedDataConfig.class, DatasetSpellingTest.RenamedAllies.class })
class DatasetSpellingTest {

	private static final String BELGIUM = "Kingdom of \"Belgium\", as spelled";

	@Autowired
	private MockMvc mvc;

	@Test
	void englishPagesUseTheDatasetsSpelling() throws Exception {
		mvc.perform(get("/").param("lang", "en"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Kingdom of &quot;Belgium&quot;, as spelled"),
					containsString("Republic of Türkiye"))));
		mvc.perform(get("/countries/TUR").param("lang", "en"))
			.andExpect(content().string(containsString("Republic of Türkiye")));
	}

	@Test
	void dutchPagesTranslateKnownAllies() throws Exception {
		mvc.perform(get("/").param("lang", "nl"))
			.andExpect(content().string(allOf(containsString("België"), containsString("Turkije"),
					not(containsString("Republic of Türkiye")))));
	}

	@TestConfiguration(proxyBeanMethods = false)
	static class RenamedAllies {

		@Bean
		@Primary
		ActiveDataset renamed() {
			Dataset dataset = new Dataset(3, List.of(
					new DatasetRow(BELGIUM, "BEL", 2024, new BigDecimal("8519"), new BigDecimal("655744"), null, null,
							null, true),
					new DatasetRow("Republic of Türkiye", "TUR", 2024, new BigDecimal("22776"), new BigDecimal("1090290"),
							null, null, null, true)));
			return () -> dataset;
		}

	}

}
