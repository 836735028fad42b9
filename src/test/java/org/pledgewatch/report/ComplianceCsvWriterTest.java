package org.pledgewatch.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class ComplianceCsvWriterTest {

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
		void keepsTheOriginalShape() throws IOException {
			byte[] bytes = write(ReportFixtures.shipped(2024), CsvDialect.STANDARD);
			String csv = new String(bytes, StandardCharsets.UTF_8);
			assertThat(bytes[0]).isEqualTo((byte) 'c');
			assertThat(csv).startsWith(String.join(",", ComplianceCsvWriter.HEADER) + "\n").doesNotContain("\r");
			CSVRecord belgium = parse(csv, ',').stream().filter(r -> r.get("iso3").equals("BEL")).findFirst().orElseThrow();
			assertThat(belgium.get("share_of_gdp_pct_rounded")).isEqualTo("1.3");
			assertThat(belgium.get("defence_expenditure_musd")).isEqualTo("8519");
			CSVRecord iceland = parse(csv, ',').stream().filter(r -> r.get("iso3").equals("ISL")).findFirst().orElseThrow();
			assertThat(iceland.get("share_of_gdp_pct")).isEmpty();
			assertThat(iceland.get("rank")).isEmpty();
		}

	}

	@Nested
	class ExcelBelgium {

		@Test
		void semicolonsDecimalCommasAndAByteOrderMark() throws IOException {
			byte[] bytes = write(ReportFixtures.shipped(2024), CsvDialect.EXCEL_BE);
			assertThat(bytes).startsWith(0xEF, 0xBB, 0xBF);
			String csv = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
			assertThat(csv).startsWith(String.join(";", ComplianceCsvWriter.HEADER) + "\r\n");
			List<CSVRecord> records = parse(csv, ';');
			CSVRecord belgium = records.stream().filter(r -> r.get("iso3").equals("BEL")).findFirst().orElseThrow();
			assertThat(belgium.get("share_of_gdp_pct_rounded")).isEqualTo("1,3");
			assertThat(belgium.get("gdp_musd")).isEqualTo("655744");
			assertThat(belgium.get("target_pct")).isEqualTo("2");
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
		new ComplianceCsvWriter(dialect).write(report, out);
		return out.toByteArray();
	}

	private static List<CSVRecord> parse(String csv, char delimiter) throws IOException {
		return CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setHeader().setSkipHeaderRecord(true).get()
			.parse(new StringReader(csv)).getRecords();
	}

}
