package org.pledgewatch.dataset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Files and fields a red team sent: each gets its own clear answer, small and quick, never a flood or a crash. */
class OddUploadsTest {

	private static final String HEADER = "country,iso3,year,share_of_gdp_pct,estimate\n";

	private final DatasetCsvParser parser = new DatasetCsvParser();

	private ParsedDataset parse(String text) {
		return parser.parse(text.getBytes(StandardCharsets.UTF_8));
	}

	@Nested
	class Flooding {

		@Test
		void aHeaderOfAMillionColumnsIsOneErrorNotAMillionWarnings() {
			StringBuilder header = new StringBuilder("country,iso3,year,share_of_gdp_pct");
			for (int i = 0; i < 1_000_000; i++) {
				header.append(",c").append(i);
			}
			ParsedDataset parsed = parse(header + "\nBelgium,BEL,2024,1.30\n");
			assertThat(parsed.warnings()).isEmpty();
			assertThat(parsed.errorCount()).isEqualTo(1);
			assertThat(parsed.errors()).singleElement().satisfies(error -> {
				assertThat(error.code()).isEqualTo("too-many-columns");
				assertThat(error.message()).contains("1000004 columns", "at most 100");
			});
		}

		@Test
		void aHundredColumnsAreStillRead() {
			StringBuilder header = new StringBuilder("country,iso3,year,share_of_gdp_pct");
			StringBuilder row = new StringBuilder("Belgium,BEL,2024,1.30");
			for (int i = 0; i < 96; i++) {
				header.append(",extra").append(i);
				row.append(",x");
			}
			ParsedDataset parsed = parse(header + "\n" + row + "\n");
			assertThat(parsed.errors()).isEmpty();
			assertThat(parsed.warnings()).hasSize(96).extracting(UploadWarning::code).containsOnly("unknown-column");
		}

		@Test
		void warningsAreListedOnceAndCappedAtAHundredWithTheRestCounted() {
			// 150 rows whose published share is far from spending / GDP: 150 share-mismatch warnings.
			StringBuilder file = new StringBuilder("country,iso3,year,defence_expenditure_musd,gdp_musd,share_of_gdp_pct\n");
			for (int year = 1950; year < 2100; year++) {
				file.append("Belgium,BEL,").append(year).append(",1,100,5\n");
			}
			ParsedDataset parsed = parse(file.toString());
			assertThat(parsed.errors()).isEmpty();
			assertThat(parsed.warnings()).hasSize(101).doesNotHaveDuplicates();
			assertThat(parsed.warnings().subList(0, 100)).extracting(UploadWarning::code).containsOnly("share-mismatch");
			assertThat(parsed.warnings().get(100).code()).isEqualTo("more-warnings");
			assertThat(parsed.warnings().get(100).message()).isEqualTo("Warnings not listed: 50 (of 150 in all).");
		}

		@Test
		void aFileOfMoreRowsThanAVersionMayHaveIsRefused() {
			// Every row a different ally-year: codes AAA to ZZZ, then the next year.
			StringBuilder file = new StringBuilder(HEADER);
			int limit = 1_000;
			for (int i = 0; i <= limit; i++) {
				int code = i % (26 * 26 * 26);
				String iso3 = "" + (char) ('A' + code / 676) + (char) ('A' + code / 26 % 26) + (char) ('A' + code % 26);
				file.append(iso3).append(',').append(iso3).append(',').append(1949 + i / (26 * 26 * 26)).append(",1.30,\n");
			}
			ParsedDataset parsed = new DatasetCsvParser(limit).parse(file.toString().getBytes(StandardCharsets.UTF_8));
			assertThat(parsed.rows()).isEmpty();
			assertThat(parsed.errors()).extracting(RowError::code).contains("too-many-rows");
			assertThat(parsed.errors().get(parsed.errors().size() - 1).row()).isEqualTo(limit + 2);
			assertThat(new DatasetCsvParser().parse(file.toString().getBytes(StandardCharsets.UTF_8)).valid())
				.as("a stored version reads back whatever its size").isTrue();
		}

	}

	@Nested
	class Names {

		private List<String> codes(String name) {
			return parse(HEADER + "\"" + name + "\",BEL,2024,1.30,\n").errors().stream().map(RowError::code).toList();
		}

		@Test
		void namesOfOnlyHangulFillersOrBlankBrailleAreBlank() {
			assertThat(codes("\u3164\u3164\u3164")).containsExactly("blank-name");
			assertThat(codes("\u2800\u2800")).containsExactly("blank-name");
			assertThat(codes("\u3164 \u2800")).containsExactly("blank-name");
		}

		@Test
		void lineAndParagraphSeparatorsAreRefusedAsControlCharacters() {
			assertThat(codes("Bel\u2028gium")).containsExactly("control-character");
			assertThat(codes("Bel\u2029gium")).containsExactly("control-character");
			assertThat(codes("Belgium\u2028")).containsExactly("control-character");
		}

		@Test
		void namesThePdfCannotPrintAreRefusedRatherThanDroppedFromIt() {
			// The fullwidth equals sign printed as nothing: "＝1+1" came out as "1+1".
			assertThat(codes("\uFF1D1+1")).containsExactly("unprintable-character");
			assertThat(codes("\u65E5\u672C")).containsExactly("unprintable-character");
			assertThat(parse(HEADER + "\u65E5\u672C,JPN,2024,1.0,\n").errors().get(0).message()).contains("U+65E5");
		}

		@Test
		void latinGreekAndCyrillicNamesPrintAndPass() {
			for (String name : new String[] { "T\u00FCrkiye", "\u010Cesko", "\u0395\u03BB\u03BB\u03AC\u03B4\u03B1",
					"\u0411\u044A\u043B\u0433\u0430\u0440\u0438\u044F", "Korea, Republic of" }) {
				assertThat(codes(name)).as(name).isEmpty();
			}
		}

	}

	@Nested
	class Fields {

		@Test
		void aDataAsOfOutsideTheYearsOfAnyFileIsRefused() {
			for (String date : new String[] { "+999999999-12-31", "0001-01-01", "2101-01-01" }) {
				assertThatThrownBy(() -> VersionSource.of("NATO", null, null, date)).as(date)
					.isInstanceOf(InvalidSourceException.class)
					.hasMessageContaining("from 1949-01-01 to 2100-12-31");
			}
			assertThat(VersionSource.of("NATO", null, null, "2025-06-03").dataAsOf()).hasYear(2025);
		}

		@Test
		void aFileNameOfThousandsOfCharactersIsRefusedForItsLength() {
			assertThatThrownBy(() -> NewVersion.requireFilename("b".repeat(3000) + ".csv"))
				.isInstanceOf(InvalidSourceException.class)
				.hasMessage("The file name is 3004 characters long; at most 255. Rename the file and upload it again.");
			NewVersion.requireFilename("b".repeat(251) + ".csv");
			NewVersion.requireFilename(null);
		}

	}

}
