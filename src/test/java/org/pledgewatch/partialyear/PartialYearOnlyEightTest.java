package org.pledgewatch.partialyear;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.pledgewatch.PartialYearFixtures;
import org.pledgewatch.ShippedDataConfig;
import org.pledgewatch.dataset.ActiveDataset;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Issue 21's first partial file: eight allies' 2026 shares (all at or above 2 %) and nothing else. The register has
 * 32 members in 2026, so every output says "8 of 32 allies have reported; all 8 meet 2%", in four languages, and none
 * says "8 of 8".
 */
@WebMvcTest
@Import({ ShippedDataConfig.class, PartialYearOnlyEightTest.OnlyEight.class })
@ComponentScan(basePackages = { "org.pledgewatch.report", "org.pledgewatch.upload" })
class PartialYearOnlyEightTest {


	@Autowired
	private MockMvc mvc;

	@Test
	void theApiSaysPartialAndCountsTheRegistersMembers() throws Exception {
		mvc.perform(get("/api/summary"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.year").value(2026))
			.andExpect(jsonPath("$.complete").value(false))
			.andExpect(jsonPath("$.membersThatYear").value(32))
			.andExpect(jsonPath("$.alliesReporting").value(8));
	}

	@Test
	void theDashboardHeadlineSaysEightOfThirtyTwoInEveryLanguage() throws Exception {
		assertThat(PartialYearFixtures.page(mvc, "/", "en")).contains("8 of 32 allies have reported; all 8 meet 2%")
			.doesNotContainPattern(PartialYearFixtures.EIGHT_OF_EIGHT);
		assertThat(PartialYearFixtures.page(mvc, "/", "nl")).contains("8 van de 32 bondgenoten hebben gerapporteerd; alle 8 halen 2\u00a0%")
			.doesNotContainPattern(PartialYearFixtures.EIGHT_OF_EIGHT);
		assertThat(PartialYearFixtures.page(mvc, "/", "fr")).contains("8 Alliés sur 32 ont déclaré leurs chiffres ; les 8 atteignent 2\u00a0%")
			.doesNotContainPattern(PartialYearFixtures.EIGHT_OF_EIGHT);
		assertThat(PartialYearFixtures.page(mvc, "/", "de")).contains("8 von 32 Verbündeten haben gemeldet; alle 8 erreichen 2\u00a0%")
			.doesNotContainPattern(PartialYearFixtures.EIGHT_OF_EIGHT);
	}

	@Test
	void aRankInAPartialYearSaysHowFewHaveReported() throws Exception {
		// Finland, 2.50 %, is the lowest of the eight.
		assertThat(PartialYearFixtures.page(mvc, "/countries/FIN", "en"))
			.contains("2026 is a partial year: 8 of 32 allies have reported; all 8 meet 2%.")
			.doesNotContainPattern(PartialYearFixtures.EIGHT_OF_EIGHT);
		assertThat(PartialYearFixtures.page(mvc, "/", "en").replace("Belgium", "x")).doesNotContain("8th of 8");
	}

	@Test
	void mapEmbedAndCompareMarkThePartialYear() throws Exception {
		assertThat(PartialYearFixtures.page(mvc, "/map", "en")).contains("2026 is a partial year: 8 of 32 allies have reported");
		assertThat(PartialYearFixtures.page(mvc, "/embed/shares?iso3=POL", "nl")).contains("2026 is een onvolledig jaar: 8 van de 32");
		assertThat(PartialYearFixtures.page(mvc, "/embed/map?iso3=POL", "de")).contains("2026 ist ein unvollständiges Jahr: 8 von 32");
		assertThat(PartialYearFixtures.page(mvc, "/compare?iso3=POL&iso3=FIN", "en")).contains("2026 (partial)");
	}

	@Test
	void theReportCsvsFirstLineSaysPartial() throws Exception {
		String first = PartialYearFixtures.page(mvc, "/reports/compliance.csv", "en").lines().findFirst().orElseThrow();
		assertThat(first).contains("2026 is a partial year: 8 of 32 allies have reported; all 8 meet 2%");
	}

	@Test
	void thePdfCoverAndBriefingSayPartial() throws Exception {
		for (String[] expected : List.of(new String[] { "en", "8 of 32 allies have reported; all 8 meet 2%" },
				new String[] { "nl", "8 van de 32 bondgenoten hebben gerapporteerd; alle 8 halen 2\u00a0%" },
				new String[] { "fr", "les 8 atteignent 2\u00a0%" }, new String[] { "de", "alle 8 erreichen 2\u00a0%" })) {
			byte[] pdf = mvc.perform(get("/reports/compliance.pdf").param("lang", expected[0]))
				.andExpect(status().isOk())
				.andReturn()
				.getResponse()
				.getContentAsByteArray();
			try (PDDocument document = Loader.loadPDF(pdf)) {
				String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
				assertThat(text).as(expected[0]).contains(expected[1]).doesNotContainPattern(PartialYearFixtures.EIGHT_OF_EIGHT);
			}
		}
	}

	@Test
	void theXlsxSourcesSheetSaysPartial() throws Exception {
		byte[] xlsx = mvc.perform(get("/reports/compliance.xlsx").param("lang", "en"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
			String all = workbook.getSheets()
				.flatMap(sheet -> {
					try {
						return sheet.read().stream();
					}
					catch (java.io.IOException ex) {
						throw new java.io.UncheckedIOException(ex);
					}
				})
				.flatMap(row -> row.stream().map(c -> c == null ? "" : c.getText()))
				.collect(Collectors.joining(" | "));
			assertThat(all).contains("2026 is a partial year: 8 of 32 allies have reported; all 8 meet 2%");
		}
	}

	@Test
	void chartCsvsAndImagesSayPartial() throws Exception {
		String csv = PartialYearFixtures.page(mvc, "/charts/shares.csv", "fr");
		assertThat(csv.lines().findFirst().orElseThrow()).contains("2026 est une année partielle : 8 Alliés sur 32");
		String map = PartialYearFixtures.page(mvc, "/charts/map.csv", "en");
		assertThat(map.lines().findFirst().orElseThrow()).contains("8 of 32 allies have reported");
		String svg = PartialYearFixtures.page(mvc, "/charts/shares.svg", "en");
		assertThat(svg).contains("2026 is a partial year: 8 of 32 allies have reported; all 8 meet 2%");
	}

	@TestConfiguration(proxyBeanMethods = false)
	static class OnlyEight {

		@Bean
		@Primary
		ActiveDataset onlyEight() {
			var dataset = PartialYearFixtures.onlyEightOf2026();
			return () -> dataset;
		}

	}

}
