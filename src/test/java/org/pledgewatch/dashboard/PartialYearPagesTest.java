package org.pledgewatch.dashboard;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.pledgewatch.ShippedDataConfig;
import org.pledgewatch.dataset.ActiveDataset;
import org.pledgewatch.dataset.Dataset;
import org.pledgewatch.dataset.DatasetCitation;
import org.pledgewatch.dataset.DatasetRow;
import org.pledgewatch.dataset.ShippedDataset;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.test.web.servlet.MockMvc;

/**
 * An upload with the June 2024 edition plus one 2025 row (Belgium only): the dashboard must not open on "1 of 1
 * allies meet 2%", and the partial year, when asked for, says how few have reported.
 */
@WebMvcTest(DashboardController.class)
@Import({ ShippedDataConfig.class, PartialYearPagesTest.OneRowOf2025.class })
class PartialYearPagesTest {

	@Autowired
	private MockMvc mvc;

	@Test
	void theDashboardOpensOnTheLatestCompleteYear() throws Exception {
		mvc.perform(get("/"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Who meets the 2% target in 2024?"),
					containsString("23 of 31"), not(containsString("data-testid=\"partial-year\"")))));
	}

	@Test
	void thePartialYearIsSelectableWithABanner() throws Exception {
		mvc.perform(get("/").param("year", "2025"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("data-testid=\"partial-year\""),
					containsString("Only 1 of 32 allies have reported for 2025"),
					containsString("<option value=\"2025\" selected=\"selected\">2025</option>"))));
	}

	@TestConfiguration(proxyBeanMethods = false)
	static class OneRowOf2025 {

		@Bean
		@Primary
		ActiveDataset withOneRowOf2025() {
			List<DatasetRow> rows = new ArrayList<>(ShippedDataset.dataset(1).rows());
			rows.add(new DatasetRow("Belgium", "BEL", 2025, null, null, null, null, null, true, new BigDecimal("2.00"),
					null));
			Dataset dataset = new Dataset(3, rows, new DatasetCitation(3, "Ministry of Defence, 2025 budget", null, null,
					null, true));
			return () -> dataset;
		}

	}

}
