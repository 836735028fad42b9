package org.pledgewatch.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.pledgewatch.ShippedDataConfig;
import org.pledgewatch.compliance.ComplianceService;
import org.pledgewatch.dataset.Dataset;
import org.pledgewatch.dataset.DatasetActivated;
import org.pledgewatch.dataset.DatasetCitation;
import org.pledgewatch.dataset.DatasetCsvParser;
import org.pledgewatch.dataset.DatasetStore;
import org.pledgewatch.dataset.ParsedDataset;
import org.pledgewatch.dataset.ShippedDataset;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The downloads over MVC: the computed table cites the version it is computed from (the active one, another one, an
 * upload), and the raw dataset stays the canonical format.
 */
@WebMvcTest
@Import(ShippedDataConfig.class)
@ComponentScan(basePackages = { "org.pledgewatch.report", "org.pledgewatch.upload" })
class DownloadsTest {

	/** A file an editor might upload, written by hand: Belgium in two years, money figures and published shares. */
	private static final String UPLOAD = """
			country,iso3,year,defence_expenditure_musd,gdp_musd,share_of_gdp_pct,real_change_pct,population_thousands,military_personnel_thousands,equipment_share_pct,estimate
			Belgium,BEL,2023,7000,600000,1.17,,,,,false
			Belgium,BEL,2024,8500,650000,1.31,,,,,true
			""";

	private static final DatasetCitation UPLOADED = new DatasetCitation(3, "Belgian Ministry of Defence, budget; draft",
			"https://example.org/begroting", "Typed in from the draft.", LocalDate.of(2025, 1, 31), true);

	@Autowired
	private MockMvc mvc;

	@Autowired
	private ComplianceService compliance;

	@Autowired
	private DatasetStore store;

	/** Tests that show another version put the store's active one back: the context is shared. */
	@AfterEach
	void showTheActiveVersionAgain() {
		compliance.onDatasetActivated(new DatasetActivated(store.active()));
	}

	@Test
	void complianceCsvOfThe2025EditionCitesItAndLeavesMoneyEmpty() throws Exception {
		String csv = mvc.perform(get("/reports/compliance.csv").param("year", "2025").param("target", "2"))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", "text/csv;charset=UTF-8"))
			.andExpect(header().string("Content-Disposition", "attachment; filename=\"pledgewatch-compliance-2025.csv\""))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		List<String> lines = csv.lines().toList();
		assertThat(lines.get(0)).isEqualTo("\"# Source: " + CompliancePdfWriterTest.EDITION_2025
				+ "; Pledgewatch dataset version 2; shares of GDP only: money figures are not available in this edition\"");
		assertThat(lines.get(1)).startsWith("country,iso3,year,member,estimate,defence_expenditure_musd,gdp_musd,share_of_gdp_pct")
			.endsWith(",per_capita_usd,published_share_of_gdp_pct,computed_share_of_gdp_pct,share_source,real_change_pct,gap_to_target_pts");
		assertThat(lines).hasSize(2 + 32);
		String belgium = lines.stream().filter(l -> l.startsWith("Belgium,")).findFirst().orElseThrow();
		assertThat(belgium).startsWith("Belgium,BEL,2025,true,true,,,2.000904949,2,2,true,,");
		String germany = lines.stream().filter(l -> l.startsWith("Germany,")).findFirst().orElseThrow();
		assertThat(germany).startsWith("Germany,DEU,2025,true,").contains(",,,2,,,");
		assertThat(csv).doesNotContainPattern("\\d[eE][+-]?\\d").doesNotContain("(2014-2024)");
	}

	/** NATO prints Belgium 2024 at 1.30% of a GDP of USD 655,744 million: 0.70 points short is 4,590 million. */
	@Test
	void complianceCsvOfTheJune2024EditionCitesItWithBelgiumsGapInMoney() throws Exception {
		compliance.onDatasetActivated(new DatasetActivated(store.dataset(1)));
		String csv = mvc.perform(get("/reports/compliance.csv").param("year", "2024").param("target", "2"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		List<String> lines = csv.lines().toList();
		assertThat(lines.get(0)).isEqualTo("\"# Source: " + CompliancePdfWriterTest.EDITION_2024 + " ("
				+ CompliancePdfWriterTest.EDITION_2024_URL + "); Pledgewatch dataset version 1\"");
		assertThat(lines).hasSize(2 + 32);
		String belgium = lines.stream().filter(l -> l.startsWith("Belgium,")).findFirst().orElseThrow();
		assertThat(belgium).startsWith("Belgium,BEL,2024,true,true,8519,655744,1.3,1.3,2,false,4590.2");
		String iceland = lines.stream().filter(l -> l.startsWith("Iceland,")).findFirst().orElseThrow();
		assertThat(iceland).isEqualTo("Iceland,ISL,2024,true,true,,32894,,,2,,,,,,,,,,");
	}

	/** An uploaded version is cited as its editor recorded it in all three downloads. */
	@Test
	void anUploadedVersionIsCitedInTheCsvTheXlsxAndThePdf() throws Exception {
		ParsedDataset parsed = new DatasetCsvParser().parse(UPLOAD.getBytes(StandardCharsets.UTF_8));
		assertThat(parsed.errors()).isEmpty();
		compliance.onDatasetActivated(new DatasetActivated(new Dataset(3, parsed.rows(), UPLOADED)));

		String csv = mvc.perform(get("/reports/compliance.csv").param("year", "2024"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		// Belgium alone is 1 of 2024's 32 members: a partial year, and the first line says so.
		assertThat(csv.lines().findFirst()).hasValue("\"# Source: Belgian Ministry of Defence, budget; draft "
				+ "(https://example.org/begroting); Pledgewatch dataset version 3; 2024 is a partial year: 1 of 32 "
				+ "allies has reported; none of them meets 2%.\"");

		byte[] xlsx = mvc.perform(get("/reports/compliance.xlsx").param("year", "2024"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
			List<String> sources = workbook.getSheets().toList().get(3).read().stream().map(r -> r.getCellText(1))
				.toList();
			assertThat(sources).contains("Belgian Ministry of Defence, budget; draft", "https://example.org/begroting",
					"Typed in from the draft.", "2025-01-31");
		}

		byte[] pdf = mvc.perform(get("/reports/compliance.pdf").param("year", "2024"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		try (PDDocument document = Loader.loadPDF(pdf)) {
			String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
			assertThat(text).contains("Source: Belgian Ministry of Defence, budget; draft (https://example.org/begroting).",
					"Dataset version 3 · Belgian Ministry of Defence, budget; draft", "Typed in from the draft.")
				.doesNotContain("NATO, Defence Expenditure of NATO Countries");
		}
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
