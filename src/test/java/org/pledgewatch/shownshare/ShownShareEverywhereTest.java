package org.pledgewatch.shownshare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;
import org.pledgewatch.ShippedDataConfig;
import org.pledgewatch.dataset.ActiveDataset;
import org.pledgewatch.dataset.Dataset;
import org.pledgewatch.dataset.DatasetCitation;
import org.pledgewatch.dataset.DatasetRow;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.test.web.servlet.MockMvc;

/**
 * README's own example, written by hand: Belgium spends 1,995 of a GDP of 100,000 million USD in 2024. Exactly that
 * is 1.995%, which NATO would print as 2.00% (half-up), and which meets 2%; a binary double (1.99499…) rounded again
 * would print 1.99%. Every page, embed, download, chart file and JSON answer must say 2.00% and "meets".
 * France's 2,049.99 of 100,000 is 2.0499%, shown as 2.05%: 0.45 point short of 2.5%, which is 450 million USD of its
 * GDP (not the 450.01 that target × GDP − spending gives).
 */
@WebMvcTest(properties = "dashboard.rendered-answers.max-size=0")
@Import({ ShippedDataConfig.class, ShownShareEverywhereTest.HandWritten.class })
@ComponentScan(basePackages = { "org.pledgewatch.report", "org.pledgewatch.upload" })
class ShownShareEverywhereTest {

	private static final String SOURCE = "Hand-written figures: Belgium at 1,995 of 100,000";

	@Autowired
	private MockMvc mvc;

	private String text(String url) throws Exception {
		return mvc.perform(get(url)).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
	}

	private byte[] bytes(String url) throws Exception {
		return mvc.perform(get(url)).andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
	}

	@Test
	void theDashboardSaysTwoPercentAndMeets() throws Exception {
		String page = text("/?year=2024");
		assertThat(page).contains("Belgium spent 2.00% of its GDP on defence in 2024", "at or above the 2% target",
				"2 of 32 allies have reported; all 2 meet 2%").doesNotContain("1.99%", "1.995");
	}

	@Test
	void theCountryPageSaysTwoPercent() throws Exception {
		assertThat(text("/countries/BEL")).contains("2.00%").doesNotContain("1.99%");
	}

	@Test
	void theMapTheCompareTableAndTheEmbedsSayTwoPercent() throws Exception {
		assertThat(text("/map?year=2024")).contains("2.00%").doesNotContain("1.99%");
		assertThat(text("/compare?iso3=BEL&iso3=FRA")).contains("2.00%", "2.05%").doesNotContain("1.99%");
		// Embeds draw from the JSON rows (shown share and verdict, tested below) and print no share of their own.
		assertThat(text("/embed/shares?year=2024")).contains("data-endpoint=\"/api/compliance?year=2024")
			.doesNotContain("1.99%");
		assertThat(text("/embed/history?iso3=BEL")).doesNotContain("1.99%");
	}

	@Test
	void theJsonRowCarriesTheShownShareTheVerdictAndExactNumbers() throws Exception {
		mvc.perform(get("/api/compliance").param("year", "2024").param("target", "2.5"))
			.andExpect(jsonPath("$.rows[?(@.iso3 == 'BEL')].shareOfGdpPct").value(1.995))
			.andExpect(jsonPath("$.rows[?(@.iso3 == 'BEL')].shareOfGdpPctRounded").value(2.0))
			.andExpect(jsonPath("$.rows[?(@.iso3 == 'BEL')].verdict").value("below"))
			.andExpect(jsonPath("$.rows[?(@.iso3 == 'FRA')].gapToTargetPts").value(0.45))
			.andExpect(jsonPath("$.rows[?(@.iso3 == 'FRA')].gapToTargetMusd").value(450.0))
			.andExpect(jsonPath("$.rows[?(@.iso3 == 'ISL')].verdict").value("no-figure"));
		mvc.perform(get("/api/compliance").param("year", "2024"))
			.andExpect(jsonPath("$.rows[?(@.iso3 == 'BEL')].verdict").value("meets"))
			.andExpect(jsonPath("$.rows[?(@.iso3 == 'BEL')].meetsTarget").value(true))
			.andExpect(jsonPath("$.rows[?(@.iso3 == 'BEL')].gapToTargetMusd").value(0.0));
		// The median of 2.00 and 2.05 is 2.025, shown half-up as 2.03: written as that decimal, without binary noise.
		String summary = text("/api/summary?year=2024");
		assertThat(summary).contains("\"medianShareOfGdpPct\":2.03", "\"shareOfGdpPct\":2.0")
			.contains("\"publishedAllianceShareOfGdpPct\":null").doesNotContainPattern("\\d{12,}");
	}

	@Test
	void theComplianceCsvSaysTwoAndMeets() throws Exception {
		String belgium = text("/reports/compliance.csv?year=2024").lines()
			.filter(l -> l.startsWith("Belgium,"))
			.findFirst()
			.orElseThrow();
		assertThat(belgium).startsWith("Belgium,BEL,2024,true,false,1995,100000,1.995,2,2,true,0,");
	}

	@Test
	void theSpreadsheetSaysTwoAndMeets() throws Exception {
		try (ReadableWorkbook workbook = new ReadableWorkbook(
				new ByteArrayInputStream(bytes("/reports/compliance.xlsx?year=2024")))) {
			List<Row> rows = workbook.getFirstSheet().read();
			List<String> header = rows.get(0).stream().map(c -> c == null ? "" : c.getRawValue()).toList();
			Row belgium = rows.stream().filter(r -> "BEL".equals(r.getCellText(1))).findFirst().orElseThrow();
			int rounded = header.indexOf("Share of GDP, rounded as NATO publishes (%)");
			assertThat(belgium.getCell(rounded).asNumber()).isEqualByComparingTo("2");
			assertThat(belgium.getCellText(rounded + 1)).isEqualToIgnoringCase("true");
			assertThat(header).contains("Share of GDP (%), unrounded");
		}
	}

	@Test
	void thePdfSaysTwoPercent() throws Exception {
		try (PDDocument document = Loader.loadPDF(bytes("/reports/compliance.pdf?year=2024"))) {
			String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
			assertThat(text).contains("2.00%").doesNotContain("1.99%");
		}
	}

	@Test
	void theChartFilesSayTwoAndMeets() throws Exception {
		String csv = text("/charts/shares.csv?year=2024");
		String belgium = csv.lines().filter(l -> l.startsWith("Belgium,")).findFirst().orElseThrow();
		assertThat(belgium).startsWith("Belgium,BEL,2024,2.00,1.995,2,yes,");
		String history = text("/charts/history.csv?iso3=BEL");
		assertThat(history.lines().filter(l -> l.startsWith("2024,")).findFirst().orElseThrow()).startsWith("2024,2.00,");
		assertThat(text("/charts/shares.svg?year=2024")).contains(">2.00</text>").doesNotContain("1.99");
		assertThat(text("/charts/map.svg?year=2024")).contains("2.00%").doesNotContain("1.99%");
	}

	@TestConfiguration(proxyBeanMethods = false)
	static class HandWritten {

		@Bean
		@Primary
		ActiveDataset handWritten() {
			Dataset dataset = new Dataset(95,
					List.of(row("Belgium", "BEL", 2023, "1500"), row("Belgium", "BEL", 2024, "1995"),
							row("France", "FRA", 2023, "1980"), row("France", "FRA", 2024, "2049.99"),
							row("Iceland", "ISL", 2023, null), row("Iceland", "ISL", 2024, null)),
					new DatasetCitation(95, SOURCE, null, null, null, true));
			return () -> dataset;
		}

		private static DatasetRow row(String country, String iso3, int year, String spending) {
			return new DatasetRow(country, iso3, year, spending == null ? null : new BigDecimal(spending),
					new BigDecimal("100000"), null, null, null, false);
		}

	}

}
