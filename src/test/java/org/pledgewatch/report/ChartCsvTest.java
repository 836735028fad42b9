package org.pledgewatch.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.pledgewatch.ShippedDataConfig;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The figures behind each chart for a spreadsheet: the source first, headers in the reader's language, shares with two
 * decimals as NATO prints them (checked against NATO's printed table, not the code) and unrounded beside them.
 */
@WebMvcTest(ChartController.class)
@Import(ShippedDataConfig.class)
class ChartCsvTest {

	private static final String SOURCE = "NATO, Defence Expenditure of NATO Countries (2014-2025), 28 August 2025";

	@Autowired
	private MockMvc mvc;

	/** NATO's printed shares of the 2025 edition, by "ISO3 year". */
	private static Map<String, String> printed2025() throws IOException {
		Map<String, String> shares = new HashMap<>();
		try (Reader in = Files.newBufferedReader(Path.of("data/editions/reference-share-of-gdp.csv"))) {
			for (CSVRecord r : CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(in)) {
				if (r.get("edition").equals("2025")) {
					shares.put(r.get("iso3") + " " + r.get("year"), r.get("share_gdp_pct"));
				}
			}
		}
		return shares;
	}

	private List<String> lines(String url, String... params) throws Exception {
		var request = get(url);
		for (int i = 0; i < params.length; i += 2) {
			request = request.param(params[i], params[i + 1]);
		}
		String body = new String(mvc.perform(request)
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Disposition", org.hamcrest.Matchers.startsWith("attachment")))
			.andReturn().getResponse().getContentAsByteArray(), StandardCharsets.UTF_8);
		return body.lines().toList();
	}

	private static List<CSVRecord> records(List<String> lines, char delimiter) throws IOException {
		String table = String.join("\n", lines.subList(1, lines.size()));
		return CSVFormat.DEFAULT.builder().setDelimiter(delimiter).get().parse(new StringReader(table)).getRecords();
	}

	@Test
	void sharesInEnglishAreRoundedAsNatoPrintsThemWithTheUnroundedValueBeside() throws Exception {
		List<String> lines = lines("/charts/shares.csv", "year", "2024");
		assertThat(lines.get(0)).isEqualTo("\"# Source: " + SOURCE + "; Pledgewatch dataset version 2\"");
		List<CSVRecord> rows = records(lines, ',');
		assertThat(rows.get(0).values()).containsExactly("Ally", "ISO code", "Year",
				"Share of GDP (%), two decimals as NATO prints it", "Share of GDP (%), unrounded", "Target (% of GDP)",
				"Meets 2%", "Rank", "NATO estimate", "Ally that year");
		Map<String, String> printed = printed2025();
		int checked = 0;
		for (CSVRecord row : rows.subList(1, rows.size())) {
			String nato = printed.get(row.get(1) + " 2024");
			if (nato == null || row.get(3).isEmpty()) {
				continue;
			}
			assertThat(row.get(3)).as(row.get(1)).isEqualTo(nato);
			assertThat(new BigDecimal(row.get(4)).setScale(2, RoundingMode.HALF_UP).toPlainString()).as(row.get(1))
				.isEqualTo(nato);
			checked++;
		}
		assertThat(checked).isGreaterThanOrEqualTo(30);
		assertThat(rows).anySatisfy(r -> assertThat(r.values()).startsWith("Belgium", "BEL", "2024", "1.29"));
	}

	@Test
	void frenchHeadersAndExcelSettingsWriteDecimalCommas() throws Exception {
		List<String> lines = lines("/charts/shares.csv", "year", "2025", "lang", "fr", "format", "excel-be");
		assertThat(lines.get(0)).startsWith("\uFEFF\"# Source : " + SOURCE + " ; version 2 des données Pledgewatch\"");
		List<CSVRecord> rows = records(lines, ';');
		assertThat(rows.get(0).values()).startsWith("Allié", "Code ISO", "Année",
				"Part du PIB (%), deux décimales comme l'OTAN l'imprime", "Part du PIB (%), non arrondie");
		assertThat(rows).anySatisfy(r -> assertThat(r.values()).startsWith("Belgique", "BEL", "2025", "2,00"));
		assertThat(rows).anySatisfy(r -> assertThat(r.values()).startsWith("Pologne", "POL", "2025",
				printed2025().get("POL 2025").replace('.', ',')));
	}

	@Test
	void historyGivesBelgiumAndTheMedianByYearInDutch() throws Exception {
		List<String> lines = lines("/charts/history.csv", "lang", "nl", "target", "3,5");
		List<CSVRecord> rows = records(lines, ',');
		assertThat(rows.get(0).values()).startsWith("Jaar",
				"België: aandeel in het bbp (%), twee decimalen zoals de NAVO het drukt",
				"België: aandeel in het bbp (%), niet afgerond");
		Map<String, String> printed = printed2025();
		for (CSVRecord row : rows.subList(1, rows.size())) {
			assertThat(row.get(1)).as(row.get(0)).isEqualTo(printed.get("BEL " + row.get(0)));
			assertThat(row.get(4)).isEqualTo("3.5");
		}
	}

	@Test
	void meetingAndSpendingHaveTheirOwnColumns() throws Exception {
		assertThat(records(lines("/charts/meeting.csv"), ',').get(0).values()).containsExactly("Year",
				"Allies meeting the target", "Allies reporting", "At least half of the allies reported",
				"Belgium meets 2%");
		assertThat(records(lines("/charts/spending.csv", "iso3", "nld"), ',').get(0).values()).containsExactly("Year",
				"Netherlands: defence expenditure (million USD, current prices)", "NATO estimate");
	}

	@Test
	void anUnknownCsvFormatIsTheReadersMistakeNotAnError() throws Exception {
		mvc.perform(get("/charts/shares.csv").param("format", "xls")).andExpect(status().isBadRequest());
	}

}
