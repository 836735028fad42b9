package org.pledgewatch.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.pledgewatch.ShippedDataConfig;
import org.pledgewatch.dataset.DatasetCsvParser;
import org.pledgewatch.dataset.ParsedDataset;
import org.pledgewatch.dataset.ShippedDataset;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;

/** The two CSV downloads of the dashboard issue: the computed table and the raw dataset. */
@WebMvcTest
@Import(ShippedDataConfig.class)
@ComponentScan(basePackages = { "org.pledgewatch.report", "org.pledgewatch.upload" })
class DownloadsTest {

	@Autowired
	private MockMvc mvc;

	@Test
	void complianceCsvHasEveryAllyOfTheYearWithTheComputedColumns() throws Exception {
		String csv = mvc.perform(get("/reports/compliance.csv").param("year", "2024").param("target", "2"))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", "text/csv;charset=UTF-8"))
			.andExpect(header().string("Content-Disposition", "attachment; filename=\"pledgewatch-compliance-2024.csv\""))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		List<String> lines = csv.lines().toList();
		assertThat(lines).hasSize(33);
		assertThat(lines.get(0)).startsWith("country,iso3,year,member,estimate,defence_expenditure_musd,gdp_musd,share_of_gdp_pct");
		String belgium = lines.stream().filter(l -> l.startsWith("Belgium,")).findFirst().orElseThrow();
		assertThat(belgium).contains(",BEL,2024,true,true,8519,655744,1.29913", ",1.3,2,false,4595.88,28,");
		String iceland = lines.stream().filter(l -> l.startsWith("Iceland,")).findFirst().orElseThrow();
		assertThat(iceland).isEqualTo("Iceland,ISL,2024,true,true,,32894,,,2,,,,,");
		assertThat(csv).doesNotContainPattern("\\d[eE][+-]?\\d");
	}

	@Test
	void complianceCsvRejectsABadTargetWithoutAStackTrace() throws Exception {
		mvc.perform(get("/reports/compliance.csv").param("target", "-3")).andExpect(status().isBadRequest());
		mvc.perform(get("/reports/compliance.csv").param("year", "1900")).andExpect(status().isNotFound());
	}

	@Test
	void currentDatasetIsTheCanonicalFormatAndRoundTrips() throws Exception {
		byte[] csv = mvc.perform(get("/datasets/current.csv"))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", "text/csv;charset=UTF-8"))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		String text = new String(csv, StandardCharsets.UTF_8);
		assertThat(text.lines().findFirst()).hasValue(
				"country,iso3,year,defence_expenditure_musd,gdp_musd,share_of_gdp_pct,real_change_pct,population_thousands,military_personnel_thousands,equipment_share_pct,estimate");
		assertThat(text).doesNotContainPattern("\\d[eE][+-]?\\d")
			.contains("Belgium,BEL,2025,,,2.000904949,57.41244136,,")
			.contains("Iceland,ISL,2025,,,,,,,,true");
		ParsedDataset reparsed = new DatasetCsvParser().parse(csv);
		assertThat(reparsed.errors()).isEmpty();
		assertThat(reparsed.rows()).isEqualTo(ShippedDataset.latest().rows());
	}

}
