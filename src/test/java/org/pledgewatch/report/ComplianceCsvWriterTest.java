package org.pledgewatch.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The CSV download. Its first line cites the dataset version as one quoted cell: a spreadsheet (Excel, LibreOffice)
 * shows the whole citation in A1 however many commas or semicolons the source has, and the column names follow on
 * line 2, so a script skips one line ({@code pandas.read_csv(f, skiprows=1)}, or Commons CSV after one
 * {@code readLine}). Columns added since the first release come last, so columns keep their positions.
 */
class ComplianceCsvWriterTest {

	/** The columns of the first release, in their order: scripts read them by name or position. */
	private static final List<String> FIRST_RELEASE = List.of("country", "iso3", "year", "member", "estimate",
			"defence_expenditure_musd", "gdp_musd", "share_of_gdp_pct", "share_of_gdp_pct_rounded", "target_pct",
			"meets_target", "gap_to_target_musd", "rank", "spending_change_pct", "per_capita_usd");

	@Nested
	class FirstLine {

		@Test
		void version1CitesTheJune2024EditionInOneQuotedCell() throws IOException {
			String csv = new String(write(ReportFixtures.shipped(1, 2024), CsvDialect.STANDARD), StandardCharsets.UTF_8);
			String first = csv.lines().findFirst().orElseThrow();
			assertThat(first).isEqualTo("\"# Source: " + CompliancePdfWriterTest.EDITION_2024 + " ("
					+ CompliancePdfWriterTest.EDITION_2024_URL + "); Pledgewatch dataset version 1\"");
			assertThat(cells(first, ',')).hasSize(1);
		}

		@Test
		void version2CitesThe2025EditionAndSaysItGivesSharesOnly() throws IOException {
			String csv = new String(write(ReportFixtures.shipped(2, 2025), CsvDialect.STANDARD), StandardCharsets.UTF_8);
			assertThat(csv.lines().findFirst()).hasValue("\"# Source: " + CompliancePdfWriterTest.EDITION_2025
					+ "; Pledgewatch dataset version 2; shares of GDP only: money figures are not available in this "
					+ "edition\"");
			assertThat(csv).doesNotContain("(2014-2024)", "17 June 2024");
		}

		@Test
		void anUploadIsCitedWithItsQuotesDoubledAndStaysOneCellForExcelInBelgium() throws IOException {
			byte[] bytes = write(ReportFixtures.hostile(), CsvDialect.EXCEL_BE);
			assertThat(bytes).startsWith(0xEF, 0xBB, 0xBF);
			String csv = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
			String first = csv.substring(0, csv.indexOf("\r\n"));
			assertThat(first).isEqualTo("\"# Source: =Ministry of Defence; \"\"Budget\"\" <draft>, 2023 "
					+ "(https://example.org/budget?a=1&b=2); Pledgewatch dataset version 7\"");
			assertThat(cells(first, ';')).containsExactly("# Source: =Ministry of Defence; \"Budget\" <draft>, 2023 "
					+ "(https://example.org/budget?a=1&b=2); Pledgewatch dataset version 7");
			assertThat(parse(csv, ';')).hasSize(5);
		}

	}

	@Nested
	class Standard {

		@Test
		void hostileNamesComeBackNeutralised() throws IOException {
			String csv = new String(write(ReportFixtures.hostile(), CsvDialect.STANDARD), StandardCharsets.UTF_8);
			List<String> names = parse(csv, ',').stream().map(r -> r.get("country")).toList();
			assertThat(names).contains("'=HYPERLINK(\"http://evil.example\",\"x\")", "'-Newcomer",
					"<script>alert(1)</script>");
			assertThat(names).noneMatch(n -> n.matches("^[=+\\-@\t\r].*"));
		}

		@Test
		void keepsTheFirstReleasesColumnsAndAppendsTheNewOnes() throws IOException {
			byte[] bytes = write(ReportFixtures.shipped(2024), CsvDialect.STANDARD);
			String csv = new String(bytes, StandardCharsets.UTF_8);
			assertThat(bytes[0]).isEqualTo((byte) '"');
			assertThat(csv.lines().skip(1).findFirst()).hasValue(String.join(",", ComplianceCsvWriter.HEADER));
			assertThat(Arrays.asList(ComplianceCsvWriter.HEADER).subList(0, FIRST_RELEASE.size()))
				.isEqualTo(FIRST_RELEASE);
			assertThat(Arrays.asList(ComplianceCsvWriter.HEADER).subList(FIRST_RELEASE.size(),
					ComplianceCsvWriter.HEADER.length)).containsExactly("published_share_of_gdp_pct",
							"computed_share_of_gdp_pct", "share_source", "real_change_pct", "gap_to_target_pts");
			assertThat(csv).doesNotContain("\r");
			CSVRecord iceland = parse(csv, ',').stream().filter(r -> r.get("iso3").equals("ISL")).findFirst().orElseThrow();
			assertThat(iceland.get("share_of_gdp_pct")).isEmpty();
			assertThat(iceland.get("rank")).isEmpty();
			assertThat(iceland.get("gap_to_target_pts")).isEmpty();
		}

		/** NATO prints Belgium 2024 at 1.30% of a GDP of USD 655,744 million: 0.70 points short is 4,590 million. */
		@Test
		void june2024EditionBelgiumFromNatosPrintedFigures() throws IOException {
			String csv = new String(write(ReportFixtures.shipped(1, 2024), CsvDialect.STANDARD), StandardCharsets.UTF_8);
			CSVRecord belgium = parse(csv, ',').stream().filter(r -> r.get("iso3").equals("BEL")).findFirst().orElseThrow();
			assertThat(belgium.get("share_of_gdp_pct_rounded")).isEqualTo("1.3");
			assertThat(belgium.get("defence_expenditure_musd")).isEqualTo("8519");
			assertThat(belgium.get("gdp_musd")).isEqualTo("655744");
			assertThat(Double.parseDouble(belgium.get("gap_to_target_musd"))).isCloseTo(4590.208,
					org.assertj.core.data.Offset.offset(0.001));
			assertThat(Double.parseDouble(belgium.get("gap_to_target_pts"))).isCloseTo(0.70,
					org.assertj.core.data.Offset.offset(1e-9));
			assertThat(belgium.get("share_source")).isEqualTo("published");
			assertThat(belgium.get("real_change_pct")).isEqualTo("8.89");
		}

		/** NATO's 2025 edition prints Belgium 2025 at 2.00%, a real change of 57.4%, and no money figures. */
		@Test
		void edition2025BelgiumMeetsTwoPerCentWithMoneyCellsEmpty() throws IOException {
			String csv = new String(write(ReportFixtures.shipped(2, 2025), CsvDialect.STANDARD), StandardCharsets.UTF_8);
			CSVRecord belgium = parse(csv, ',').stream().filter(r -> r.get("iso3").equals("BEL")).findFirst().orElseThrow();
			assertThat(belgium.get("share_of_gdp_pct_rounded")).isEqualTo("2");
			assertThat(belgium.get("meets_target")).isEqualTo("true");
			assertThat(belgium.get("gap_to_target_pts")).isEqualTo("0");
			for (String money : List.of("defence_expenditure_musd", "gdp_musd", "gap_to_target_musd", "per_capita_usd")) {
				assertThat(belgium.get(money)).as(money).isEmpty();
			}
			assertThat(belgium.get("real_change_pct")).startsWith("57.41");
		}

	}

	@Nested
	class ExcelBelgium {

		@Test
		void semicolonsDecimalCommasAndAByteOrderMark() throws IOException {
			byte[] bytes = write(ReportFixtures.shipped(2024), CsvDialect.EXCEL_BE);
			assertThat(bytes).startsWith(0xEF, 0xBB, 0xBF);
			String csv = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
			assertThat(csv).startsWith("\"# Source: ").contains("\r\n" + String.join(";", ComplianceCsvWriter.HEADER) + "\r\n");
			List<CSVRecord> records = parse(csv, ';');
			CSVRecord belgium = records.stream().filter(r -> r.get("iso3").equals("BEL")).findFirst().orElseThrow();
			assertThat(belgium.get("share_of_gdp_pct_rounded")).isEqualTo("1,3");
			assertThat(belgium.get("gdp_musd")).isEqualTo("655744");
			assertThat(belgium.get("target_pct")).isEqualTo("2");
			assertThat(belgium.get("gap_to_target_pts")).isEqualTo("0,7");
			assertThat(records.stream().map(r -> r.get("country"))).contains("Türkiye");
		}

		@Test
		void neutralisesHostileNamesToo() throws IOException {
			byte[] bytes = write(ReportFixtures.hostile(), CsvDialect.EXCEL_BE);
			String csv = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
			assertThat(parse(csv, ';').stream().map(r -> r.get("country")))
				.contains("'=HYPERLINK(\"http://evil.example\",\"x\")", "'-Newcomer");
		}

	}

	@Test
	void formatParameterIsCheckedAndDefaultsToStandard() {
		assertThat(CsvDialect.fromParameter(null)).isEqualTo(CsvDialect.STANDARD);
		assertThat(CsvDialect.fromParameter("Excel-BE")).isEqualTo(CsvDialect.EXCEL_BE);
		assertThatIllegalArgumentException().isThrownBy(() -> CsvDialect.fromParameter("xls"))
			.withMessageContaining("excel-be");
	}

	private static byte[] write(ComplianceReport report, CsvDialect dialect) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		new ComplianceCsvWriter(dialect, ReportFixtures.english()).write(report, out);
		return out.toByteArray();
	}

	/** The cells of one line as a CSV reader (and a spreadsheet) splits them. */
	private static List<String> cells(String line, char delimiter) throws IOException {
		return CSVFormat.DEFAULT.builder().setDelimiter(delimiter).get().parse(new StringReader(line)).getRecords()
			.get(0).toList();
	}

	/** The rows under the column names, as a script reads them: skip the citation line, then a header. */
	static List<CSVRecord> parse(String csv, char delimiter) throws IOException {
		StringReader reader = new StringReader(csv);
		CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(delimiter).get();
		List<CSVRecord> all = format.parse(reader).getRecords();
		assertThat(all.get(0).size()).as("the citation is one cell").isEqualTo(1);
		assertThat(all.get(0).get(0)).startsWith("# Source: ");
		String rest = csv.substring(csv.indexOf(delimiter == ';' ? "\r\n" : "\n") + (delimiter == ';' ? 2 : 1));
		return CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setHeader().setSkipHeaderRecord(true).get()
			.parse(new StringReader(rest)).getRecords();
	}

}
