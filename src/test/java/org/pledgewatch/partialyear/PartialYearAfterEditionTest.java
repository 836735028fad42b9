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
 * Issue 21's second partial file: NATO's 2025 edition with eight allies' 2026 rows added. Every page, file and answer
 * defaults to 2025, the latest complete year; 2026, asked for, says "8 of 32 allies have reported".
 */
@WebMvcTest
@Import({ ShippedDataConfig.class, PartialYearAfterEditionTest.EditionWithEight.class })
@ComponentScan(basePackages = { "org.pledgewatch.report", "org.pledgewatch.upload" })
class PartialYearAfterEditionTest {


	@Autowired
	private MockMvc mvc;

	@Test
	void everyPageDefaultsToTheLatestCompleteYear() throws Exception {
		mvc.perform(get("/api/summary")).andExpect(jsonPath("$.year").value(2025))
			.andExpect(jsonPath("$.complete").value(true));
		assertThat(PartialYearFixtures.page(mvc, "/", "en")).contains("Who meets the 2% target in 2025?");
		// NATO's 2025 edition: Belgium 2.00 % in 2025, not "no figure published for 2026".
		assertThat(PartialYearFixtures.page(mvc, "/countries/BEL", "en")).contains("In 2025").doesNotContain("no figure published for 2026");
		assertThat(PartialYearFixtures.page(mvc, "/countries/DEU", "en")).doesNotContain("of 8 allies");
		assertThat(PartialYearFixtures.page(mvc, "/map", "en")).contains("<option value=\"2025\" selected=\"selected\">2025</option>")
			.doesNotContain("data-testid=\"partial-year\"");
		assertThat(PartialYearFixtures.page(mvc, "/embed/shares", "en")).contains("year=2025").doesNotContain("year=2026");
		assertThat(PartialYearFixtures.page(mvc, "/reports/compliance.csv", "en")).contains(",2025,").doesNotContain(",2026,");
	}

	@Test
	void thePartialYearAskedForSaysEightOfThirtyTwo() throws Exception {
		String page = PartialYearFixtures.page(mvc, "/?year=2026", "en");
		assertThat(page).contains("Only 8 of 32 allies have reported for 2026",
				"8 of 32 allies have reported; all 8 meet 2%").doesNotContainPattern(PartialYearFixtures.EIGHT_OF_EIGHT);
		byte[] pdf = mvc.perform(get("/reports/compliance.pdf").param("year", "2026"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		try (PDDocument document = Loader.loadPDF(pdf)) {
			String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
			assertThat(text).contains("8 of 32 allies have reported; all 8 meet 2%")
				.doesNotContainPattern(PartialYearFixtures.EIGHT_OF_EIGHT);
		}
	}

	@TestConfiguration(proxyBeanMethods = false)
	static class EditionWithEight {

		@Bean
		@Primary
		ActiveDataset editionWithEight() {
			var dataset = PartialYearFixtures.edition2025WithEightOf2026();
			return () -> dataset;
		}

	}

}
