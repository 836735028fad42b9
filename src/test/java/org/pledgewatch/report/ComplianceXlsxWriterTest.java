package org.pledgewatch.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.pledgewatch.compliance.AllyYear;

class ComplianceXlsxWriterTest {

	@Test
	void workbookHasTheYearTheSeriesTheHighlightedAllyAndSources() throws IOException {
		try (ReadableWorkbook workbook = read(ReportFixtures.shipped(2024))) {
			assertThat(workbook.getSheets().map(Sheet::getName).toList()).containsExactly("Compliance 2024",
					"Time series", "Belgium", "Sources and definitions");
			List<Row> series = workbook.getSheets().toList().get(1).read();
			assertThat(series).hasSize(1 + 352);
			List<Row> sources = workbook.getSheets().toList().get(3).read();
			assertThat(sources.get(1).getCell(1).asNumber()).isEqualByComparingTo("1");
		}
	}

	/**
	 * Past a sheet's last row the table goes on in "Time series (2)" and so on, each with the header again, and no
	 * ally-year is lost or repeated: shown here with sheets of 100 rows instead of Excel's 1,048,575.
	 */
	@Test
	void aTableLongerThanASheetGoesOnInNumberedSheetsWithEveryRowOnce() throws IOException {
		ComplianceReport report = ReportFixtures.shipped(2024);
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		new ComplianceXlsxWriter(ReportFixtures.english(), 100).write(report, out);
		try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
			List<Sheet> sheets = workbook.getSheets().toList();
			assertThat(sheets.stream().map(Sheet::getName).toList()).containsExactly("Compliance 2024",
					"Time series", "Time series (2)", "Time series (3)", "Time series (4)", "Belgium",
					"Sources and definitions");
			List<String> written = new java.util.ArrayList<>();
			for (Sheet sheet : sheets.subList(1, 5)) {
				List<Row> rows = sheet.read();
				assertThat(rows.get(0).getCell(0).asString()).isEqualTo("Country");
				assertThat(rows.size() - 1).isLessThanOrEqualTo(100);
				rows.subList(1, rows.size())
					.forEach(r -> written.add(r.getCell(1).asString() + " " + r.getCell(2).asNumber().intValue()));
			}
			List<String> expected = report.series().years().stream()
				.flatMap(y -> report.series().year(y).rows().stream())
				.map(r -> r.iso3() + " " + r.year())
				.toList();
			assertThat(written).hasSize(352).containsExactlyElementsOf(expected);
		}
	}

	@Test
	void continuedSheetsKeepWithinExcelsThirtyOneCharacters() {
		assertThat(XlsxRowSheets.continuationName("Time series", 2)).isEqualTo("Time series (2)");
		assertThat(XlsxRowSheets.continuationName("Tijdreeks van alle bondgenoten samen", 12))
			.isEqualTo("Tijdreeks van alle bondgen (12)").hasSize(31);
	}

	@Nested
	class SourcesSheet {

		@Test
		void version1CitesTheJune2024Edition() throws IOException {
			Map<String, String> sources = sources(ReportFixtures.shipped(1, 2024));
			assertThat(sources).containsEntry("Source", CompliancePdfWriterTest.EDITION_2024)
				.containsEntry("Source URL", CompliancePdfWriterTest.EDITION_2024_URL)
				.containsEntry("Dataset version", "1")
				.containsEntry("Data as of", "2024-06-12")
				.containsEntry("Money figures",
						"Defence expenditure and GDP in million US dollars at current prices and exchange rates.");
			assertThat(sources.get("Notes")).contains("Figures for 2023 and 2024 are estimates");
			assertThat(sources.get("Population")).contains("World Bank SP.POP.TOTL");
			assertThat(sources.values()).noneMatch(v -> v.contains("(2014-2025)"));
		}

		@Test
		void version2CitesThe2025EditionAndSaysItGivesSharesOnly() throws IOException {
			Map<String, String> sources = sources(ReportFixtures.shipped(2, 2025));
			assertThat(sources).containsEntry("Source", CompliancePdfWriterTest.EDITION_2025)
				.containsEntry("Source URL", ReportText.MISSING)
				.containsEntry("Dataset version", "2")
				.containsEntry("Data as of", "2025-06-03");
			assertThat(sources.get("Money figures")).startsWith("This edition gives shares of GDP only");
			assertThat(sources).as("the edition gives no population").doesNotContainKey("Population");
			assertThat(sources.values()).noneMatch(v -> v.contains("(2014-2024)") || v.contains("17 June 2024"));
		}

		@Test
		void anUploadIsCitedAsItsEditorRecordedItWithFormulasNeutralised() throws IOException {
			Map<String, String> sources = sources(ReportFixtures.hostile());
			assertThat(sources).containsEntry("Source", "'=Ministry of Defence; \"Budget\" <draft>, 2023")
				.containsEntry("Source URL", "https://example.org/budget?a=1&b=2")
				.containsEntry("Notes", "Figures typed in by hand from the draft budget.")
				.containsEntry("Data as of", "2023-11-30")
				.containsEntry("Dataset version", "7");
		}

		private static Map<String, String> sources(ComplianceReport report) throws IOException {
			try (ReadableWorkbook workbook = read(report)) {
				Sheet sheet = workbook.getSheets().filter(s -> s.getName().equals("Sources and definitions"))
					.findFirst().orElseThrow();
				Map<String, String> pairs = new java.util.LinkedHashMap<>();
				for (Row row : sheet.read()) {
					String label = row.getCellText(0);
					if (!label.isEmpty() && row.getCellCount() > 1 && !pairs.containsKey(label)) {
						pairs.put(label, row.getCellText(1));
					}
				}
				return pairs;
			}
		}

	}

	@Nested
	class Gaps {

		/** NATO prints Belgium 2024 at 1.30% of a GDP of USD 655,744 million: 0.70 points short is 4,590 million. */
		@Test
		void june2024EditionGivesTheGapInPointsAndInMoney() throws IOException {
			Row belgium = belgium(ReportFixtures.shipped(1, 2024));
			assertThat(belgium.getCell(6).asNumber()).isEqualByComparingTo("655744");
			assertThat(belgium.getCell(8).asNumber()).isEqualByComparingTo("1.3");
			assertThat(belgium.getCell(10).asNumber().doubleValue()).isCloseTo(4590.208, within(0.001));
			assertThat(belgium.getCell(17).asNumber()).isEqualByComparingTo("1.3");
			assertThat(belgium.getCell(19).getText()).isEqualTo("published");
			assertThat(belgium.getCell(20).asNumber()).isEqualByComparingTo("8.89");
			assertThat(belgium.getCell(21).asNumber().doubleValue()).isCloseTo(0.70, within(1e-9));
		}

		/** NATO's 2025 edition prints Belgium 2025 at 2.00% and no money figures. */
		@Test
		void edition2025HasPointsAndSaysMoneyIsNotAvailable() throws IOException {
			ComplianceReport report = ReportFixtures.shipped(2, 2025);
			try (ReadableWorkbook workbook = read(report)) {
				List<Row> rows = workbook.getFirstSheet().read();
				for (int money : new int[] { 5, 6, 10, 12, 13 }) {
					assertThat(rows.get(0).getCellText(money)).endsWith("– not available in this edition");
					assertThat(rows.subList(1, rows.size())).allMatch(r -> isEmpty(r, money));
				}
				assertThat(rows.get(0).getCellText(21)).isEqualTo("Gap to target (percentage points of GDP)");
			}
			Row belgium = belgium(report);
			assertThat(belgium.getCell(8).asNumber()).isEqualByComparingTo("2.00");
			assertThat(belgium.getCell(9).asBoolean()).isTrue();
			assertThat(belgium.getCell(21).asNumber()).isEqualByComparingTo("0");
			assertThat(belgium.getCell(20).asNumber().doubleValue()).isCloseTo(57.41, within(0.01));
		}

		private static Row belgium(ComplianceReport report) throws IOException {
			try (ReadableWorkbook workbook = read(report)) {
				return workbook.getFirstSheet().read().stream().filter(r -> r.getCellText(1).equals("BEL")).findFirst()
					.orElseThrow();
			}
		}

	}

	@Test
	void numbersAreNumericCellsEqualToTheComputedFigures() throws IOException {
		ComplianceReport report = ReportFixtures.shipped(2024);
		Map<String, AllyYear> expected = report.compliance().rows().stream()
			.collect(Collectors.toMap(AllyYear::iso3, Function.identity()));
		try (ReadableWorkbook workbook = read(report)) {
			List<Row> rows = workbook.getFirstSheet().read();
			assertThat(rows.get(0).getCellText(0)).isEqualTo("Country");
			assertThat(rows).hasSize(1 + 32);
			for (Row row : rows.subList(1, rows.size())) {
				AllyYear ally = expected.get(row.getCellText(1));
				assertThat(row.getCell(2).getType()).isEqualTo(CellType.NUMBER);
				if (ally.reported()) {
					assertThat(row.getCell(5).getType()).isEqualTo(CellType.NUMBER);
					assertThat(row.getCell(5).asNumber()).isEqualByComparingTo(BigDecimal.valueOf(ally.defenceExpenditureMusd()));
					assertThat(row.getCell(7).asNumber().doubleValue()).isEqualTo(ally.shareOfGdpPct());
					assertThat(row.getCell(8).asNumber()).isEqualByComparingTo(BigDecimal.valueOf(ally.shareOfGdpPctRounded()));
					assertThat(row.getCell(9).asBoolean()).isEqualTo(ally.meetsTarget());
				}
				else {
					assertThat(row.getCellText(0)).isEqualTo("Iceland");
					assertThat(isEmpty(row, 5)).isTrue();
					assertThat(isEmpty(row, 7)).isTrue();
					assertThat(isEmpty(row, 11)).isTrue();
				}
			}
			Row belgium = rows.stream().filter(r -> r.getCellText(1).equals("BEL")).findFirst().orElseThrow();
			assertThat(belgium.getCell(11).asNumber()).isEqualByComparingTo("28");
		}
	}

	@Test
	void hostileNamesAreNeutralisedAndTheSheetNameIsSafe() throws IOException {
		try (ReadableWorkbook workbook = read(ReportFixtures.hostile())) {
			List<String> names = workbook.getFirstSheet().read().stream().map(r -> r.getCellText(0)).toList();
			assertThat(names).contains("'=HYPERLINK(\"http://evil.example\",\"x\")", "'-Newcomer",
					"<script>alert(1)</script>");
			assertThat(names).noneMatch(n -> n.startsWith("=") || n.startsWith("-"));
		}
		assertThat(ComplianceXlsxWriter.sheetName("A/B: [c]?", "ABC")).isEqualTo("A B c");
		assertThat(ComplianceXlsxWriter.sheetName("'[]'", "ABC")).isEqualTo("ABC");
		assertThat(ComplianceXlsxWriter.sheetName("Uitgaven van de bondgenoten per jaar en per land", "X")).hasSize(31);
	}

	private static boolean isEmpty(Row row, int column) {
		if (column >= row.getCellCount()) {
			return true;
		}
		Cell cell = row.getCell(column);
		return cell == null || cell.getType() == CellType.EMPTY;
	}

	private static ReadableWorkbook read(ComplianceReport report) throws IOException {
		return read(report, ReportFixtures.english());
	}

	static ReadableWorkbook read(ComplianceReport report, ReportText text) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		new ComplianceXlsxWriter(text).write(report, out);
		return new ReadableWorkbook(new ByteArrayInputStream(out.toByteArray()));
	}

}
