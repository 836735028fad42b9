package org.pledgewatch.report;

import static org.assertj.core.api.Assertions.assertThat;

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
			assertThat(sources.stream().map(r -> r.getCellText(1)).toList())
				.contains(ReportSources.PUBLICATION, ReportSources.URL);
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
