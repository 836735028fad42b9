package org.pledgewatch.partialyear;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.stream.Collectors;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.junit.jupiter.api.Test;
import org.pledgewatch.ShippedDataConfig;
import org.pledgewatch.dataset.ActiveDataset;
import org.pledgewatch.dataset.Dataset;
import org.pledgewatch.dataset.DatasetCitation;
import org.pledgewatch.dataset.ShippedDataset;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A version whose money is in euros (the June 2024 edition's figures, recorded as EUR): every money label, file header
 * and the JSON dataset block say EUR; nothing says USD or $.
 */
@WebMvcTest
@Import({ ShippedDataConfig.class, EuroVersionPagesTest.InEuros.class })
@ComponentScan(basePackages = { "org.pledgewatch.report", "org.pledgewatch.upload" })
class EuroVersionPagesTest {

	@Autowired
	private MockMvc mvc;

	private String page(String address, String lang) throws Exception {
		return mvc.perform(get(address).param("lang", lang))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
	}

	@Test
	void theJsonDatasetBlockNamesTheCurrency() throws Exception {
		mvc.perform(get("/api/summary").param("year", "2024"))
			.andExpect(jsonPath("$.dataset.currency").value("EUR"));
		mvc.perform(get("/api/compliance").param("year", "2024"))
			.andExpect(jsonPath("$.dataset.currency").value("EUR"));
	}

	@Test
	void pagesWriteEurosInEveryLanguage() throws Exception {
		for (String lang : new String[] { "en", "nl", "fr", "de" }) {
			String dashboard = page("/?year=2024", lang);
			assertThat(dashboard).as(lang).contains("EUR").doesNotContain("USD").doesNotContainPattern("\\$\\d");
			String belgium = page("/countries/BEL", lang);
			assertThat(belgium).as(lang).contains("EUR").doesNotContain("USD").doesNotContainPattern("\\$\\d");
		}
		assertThat(page("/?year=2024", "en")).contains("Spending (m EUR)");
	}

	@Test
	void filesWriteEuros() throws Exception {
		String csv = page("/reports/compliance.csv?year=2024", "en");
		assertThat(csv.lines().findFirst().orElseThrow()).contains("in million EUR");
		byte[] xlsx = mvc.perform(get("/reports/compliance.xlsx").param("year", "2024").param("lang", "en"))
			.andReturn().getResponse().getContentAsByteArray();
		try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
			String first = workbook.getFirstSheet().read().get(0).stream()
				.map(c -> c == null ? "" : c.getText()).collect(Collectors.joining("|"));
			assertThat(first).contains("million EUR").doesNotContain("USD");
		}
		byte[] pdf = mvc.perform(get("/reports/compliance.pdf").param("year", "2024").param("lang", "de"))
			.andReturn().getResponse().getContentAsByteArray();
		try (PDDocument document = Loader.loadPDF(pdf)) {
			assertThat(new PDFTextStripper().getText(document)).contains("EUR").doesNotContain("USD")
				.doesNotContain("US-Dollar");
		}
		assertThat(page("/charts/spending.csv?iso3=BEL", "en").lines().skip(1).findFirst().orElseThrow())
			.contains("EUR").doesNotContain("USD");
	}

	@TestConfiguration(proxyBeanMethods = false)
	static class InEuros {

		@Bean
		@Primary
		ActiveDataset inEuros() {
			Dataset dataset = new Dataset(4, ShippedDataset.dataset(1).rows(), new DatasetCitation(4,
					"Test figures recorded in euros", null, null, null, true, "EUR"));
			return () -> dataset;
		}

	}

}
