package org.pledgewatch.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.junit.jupiter.api.Test;
import org.pledgewatch.ShippedDataConfig;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The PDF and the spreadsheet of version 2 (NATO's August 2025 edition) list what it revised since version 1 (the
 * June 2024 edition). How many shares changed is counted from NATO's printed tables, not by the code under test.
 */
@WebMvcTest
@Import(ShippedDataConfig.class)
@ComponentScan(basePackages = { "org.pledgewatch.report", "org.pledgewatch.upload" })
class RevisionsReportsTest {

	@Autowired
	private MockMvc mvc;

	/** Ally-years both editions print a share for, with different shares, per NATO's printed tables. */
	private static long revisedInNatosTables() throws IOException {
		try (Reader in = new InputStreamReader(RevisionsReportsTest.class.getClassLoader()
			.getResourceAsStream("data/editions/reference-share-of-gdp.csv"), StandardCharsets.UTF_8)) {
			List<CSVRecord> rows = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(in)
				.getRecords();
			Map<String, BigDecimal> june2024 = new HashMap<>();
			rows.stream().filter(r -> r.get("edition").equals("2024") && !r.get("share_gdp_pct").isBlank())
				.forEach(r -> june2024.put(r.get("iso3") + r.get("year"), new BigDecimal(r.get("share_gdp_pct"))));
			return rows.stream()
				.filter(r -> r.get("edition").equals("2025") && !r.get("share_gdp_pct").isBlank())
				.filter(r -> {
					BigDecimal before = june2024.get(r.get("iso3") + r.get("year"));
					return before != null && before.compareTo(new BigDecimal(r.get("share_gdp_pct"))) != 0;
				})
				.count();
		}
	}

	@Test
	void thePdfHasARevisionsSectionWithBelgium2024() throws Exception {
		byte[] pdf = mvc.perform(get("/reports/compliance.pdf").param("year", "2024"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		try (PDDocument document = Loader.loadPDF(pdf)) {
			String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
			assertThat(text).contains("Revisions since the previous edition",
					"NATO's August 2025 edition revised " + revisedInNatosTables()
							+ " shares of GDP that NATO's June 2024 edition (dataset version 1) printed.",
					// NATO printed Belgium 2024 at 1.30 in June 2024, 1.29 in August 2025.
					"Belgium 2024 1.30 1.29 -0.01");
		}
	}

	@Test
	void theSpreadsheetHasARevisionsSheetAfterTheSources() throws Exception {
		byte[] xlsx = mvc.perform(get("/reports/compliance.xlsx").param("year", "2024"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
			List<Sheet> sheets = workbook.getSheets().toList();
			assertThat(sheets.get(3).getName()).isEqualTo("Sources and definitions");
			Sheet revisions = sheets.get(sheets.size() - 1);
			assertThat(revisions.getName()).isEqualTo("Revisions");
			List<Row> rows = revisions.read();
			assertThat(rows.get(0).getCellText(0)).contains("NATO's June 2024 edition (dataset version 1)");
			// A note, an empty row and the headings come first.
			List<Row> data = rows.stream().filter(r -> r.getRowNum() > 3).toList();
			assertThat(data).hasSize((int) revisedInNatosTables());
			Row belgium = data.stream()
				.filter(r -> r.getCellText(0).equals("Belgium") && r.getCellText(1).equals("2024"))
				.findFirst()
				.orElseThrow();
			assertThat(belgium.getCell(2).asNumber()).isEqualByComparingTo("1.30");
			assertThat(belgium.getCell(3).asNumber()).isEqualByComparingTo("1.29");
		}
	}

	@Test
	void dutchReadersGetTheSectionInDutch() throws Exception {
		byte[] pdf = mvc.perform(get("/reports/compliance.pdf").param("year", "2024").param("lang", "nl"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		try (PDDocument document = Loader.loadPDF(pdf)) {
			String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
			assertThat(text).contains("Herzieningen sinds de vorige editie", "België 2024 1,30 1,29 -0,01",
					"uit de NAVO-editie van juni 2024 (gegevensversie 1)");
		}
	}

}
