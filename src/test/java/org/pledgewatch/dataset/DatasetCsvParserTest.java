package org.pledgewatch.dataset;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class DatasetCsvParserTest {

	private static final String HEADER = "country,iso3,year,defence_expenditure_musd,gdp_musd,estimate\n";

	private final DatasetCsvParser parser = new DatasetCsvParser();

	private ParsedDataset parse(String text) {
		return parser.parse(text.getBytes(StandardCharsets.UTF_8));
	}

	@Nested
	class Names {

		@Test
		void quotedNamesKeepTheirCommasAndQuotes() {
			ParsedDataset parsed = parse(HEADER + "\"Korea, Republic of\",KOR,2024,1,100,\n"
					+ "\"The \"\"Best\"\" Ally\",XXA,2024,1,100,\n");
			assertThat(parsed.errors()).isEmpty();
			assertThat(parsed.rows()).extracting(DatasetRow::country)
				.containsExactly("Korea, Republic of", "The \"Best\" Ally");
		}

		@Test
		void namesWithAccentsSurviveUtf8() {
			ParsedDataset parsed = parse(HEADER + "Türkiye,TUR,2024,1,100,\n");
			assertThat(parsed.rows()).extracting(DatasetRow::country).containsExactly("Türkiye");
		}

	}

	@Nested
	class Encodings {

		@Test
		void utf16WithByteOrderMarkIsDecoded() {
			for (Charset charset : new Charset[] { StandardCharsets.UTF_16BE, StandardCharsets.UTF_16LE }) {
				byte[] text = ("\uFEFF" + HEADER + "Türkiye,TUR,2024,1,100,\n").getBytes(charset);
				ParsedDataset parsed = parser.parse(text);
				assertThat(parsed.errors()).as(charset.name()).isEmpty();
				assertThat(parsed.rows()).extracting(DatasetRow::country).containsExactly("Türkiye");
			}
		}

		@Test
		void tabSeparatedUnicodeTextIsRefusedWithAClearMessage() {
			byte[] text = ("\uFEFF" + HEADER.replace(',', '\t') + "Belgium\tBEL\t2024\t1\t100\t\n")
				.getBytes(StandardCharsets.UTF_16LE);
			ParsedDataset parsed = parser.parse(text);
			assertThat(parsed.errors()).singleElement()
				.satisfies(e -> assertThat(e.message()).contains("tab-separated", "CSV UTF-8"));
		}

		@Test
		void anExcelWorkbookIsRefusedAsNotCsv() {
			ParsedDataset parsed = parser.parse(new byte[] { 'P', 'K', 3, 4, 20, 0, 6, 0 });
			assertThat(parsed.errors()).singleElement()
				.satisfies(e -> assertThat(e.message()).contains("workbook", "CSV UTF-8"));
		}

		@Test
		void latin1IsRefusedAsNotUtf8() {
			ParsedDataset parsed = parser.parse((HEADER + "Türkiye,TUR,2024,1,100,\n").getBytes(StandardCharsets.ISO_8859_1));
			assertThat(parsed.errors()).singleElement()
				.satisfies(e -> assertThat(e.message()).startsWith("The file is not valid UTF-8 text."));
		}

	}

	@Nested
	class Structure {

		@Test
		void anUnclosedQuoteIsReportedOnTheLineWhereItStarts() {
			ParsedDataset parsed = parse(HEADER + "Belgium,BEL,2023,1,100,\n\"Belgium,BEL,2024,1,100,\nFrance,FRA,2024,1,100,\n");
			assertThat(parsed.errors()).singleElement().satisfies(e -> {
				assertThat(e.row()).isEqualTo(3);
				assertThat(e.message()).startsWith("Unclosed quote");
			});
		}

		@Test
		void rowsOfEmptyCellsAtTheEndAreIgnored() {
			ParsedDataset parsed = parse(HEADER.replace(',', ';') + "Belgium;BEL;2024;1;100;\n;;;;;\n\n");
			assertThat(parsed.errors()).isEmpty();
			assertThat(parsed.rows()).hasSize(1);
		}

		@Test
		void lineNumbersCountQuotedLineBreaks() {
			ParsedDataset parsed = parse(HEADER + "\"Bel\ngium\",BEL,2024,1,100,\nFrance,FRA,2024,x,100,\n");
			assertThat(parsed.errors()).singleElement().satisfies(e -> assertThat(e.row()).isEqualTo(4));
		}

	}

	@Nested
	class Numbers {

		@Test
		void nanAndInfinityAreRefused() {
			ParsedDataset parsed = parse(HEADER + "Belgium,BEL,2023,NaN,100,\nBelgium,BEL,2024,1,Infinity,\n");
			assertThat(parsed.errors()).extracting(RowError::row, RowError::column, RowError::value)
				.containsExactly(org.assertj.core.groups.Tuple.tuple(2, "defence_expenditure_musd", "NaN"),
						org.assertj.core.groups.Tuple.tuple(3, "gdp_musd", "Infinity"));
			assertThat(parsed.errors()).allSatisfy(e -> assertThat(e.message()).startsWith("NaN and infinity"));
		}

		@Test
		void hugeExponentsAreRefusedNotExpanded() {
			ParsedDataset parsed = parse(HEADER + "Belgium,BEL,2024,1e999999999,100,\n");
			assertThat(parsed.errors()).singleElement()
				.satisfies(e -> assertThat(e.message()).startsWith("Number out of range"));
		}

		@Test
		void semicolonFilesReadDecimalCommas() {
			ParsedDataset comma = parse(HEADER + "Belgium,BEL,2024,1234.5,654321.25,true\n");
			ParsedDataset semicolon = parse(
					"Country ; ISO3 ; Year;Defence_Expenditure_MUSD;GDP_MUSD;Estimate\r\nBelgium;BEL;2024;1234,5;654321,25;TRUE\r\n");
			assertThat(semicolon.errors()).isEmpty();
			assertThat(semicolon.rows()).isEqualTo(comma.rows());
		}

	}

	@Nested
	class PublishedShares {

		private static final String WITH_SHARE =
				"country,iso3,year,defence_expenditure_musd,gdp_musd,share_of_gdp_pct,real_change_pct,estimate\n";

		@Test
		void aFileOfSharesOnlyIsAcceptedWithoutMoney() {
			ParsedDataset parsed = parse("Country,ISO3,Year,Share_of_GDP_pct,Real_Change_Pct\n"
					+ "Belgium,BEL,2025,2.000904949,57.41244136\nGermany,DEU,2025,,\n");
			assertThat(parsed.errors()).isEmpty();
			DatasetRow belgium = parsed.rows().get(0);
			assertThat(belgium.shareOfGdpPct()).isEqualByComparingTo("2.000904949");
			assertThat(belgium.realChangePct()).isEqualByComparingTo("57.41244136");
			assertThat(belgium.hasMoney()).isFalse();
			assertThat(belgium.computedShareOfGdpPct()).isNull();
			assertThat(parsed.rows().get(1).shareOfGdpPct()).isNull();
		}

		@Test
		void withoutTheShareColumnBothMoneyColumnsAreRequired() {
			ParsedDataset parsed = parse("country,iso3,year,gdp_musd\nBelgium,BEL,2025,100\n");
			assertThat(parsed.errors()).singleElement()
				.satisfies(e -> assertThat(e.message()).contains("defence_expenditure_musd").contains("share_of_gdp_pct"));
		}

		@Test
		void aPublishedShareWithinFiveHundredthsOfSpendingOverGdpIsSilent() {
			// NATO 2024 edition, Belgium 2024: 8,519 / 655,744 = 1.299 %, printed 1.30.
			ParsedDataset parsed = parse(WITH_SHARE + "Belgium,BEL,2024,8519,655744,1.30,8.89,true\n");
			assertThat(parsed.errors()).isEmpty();
			assertThat(parsed.warnings()).isEmpty();
		}

		@Test
		void aPublishedShareMoreThanFiveHundredthsAwayIsAcceptedWithAWarningNamingTheRow() {
			// 1,000 / 100,000 = 1.00 %, published 1.06: 0.06 points apart.
			ParsedDataset parsed = parse(WITH_SHARE + "Belgium,BEL,2023,1000,100000,1.05,,\n"
					+ "Belgium,BEL,2024,1000,100000,1.06,,\n");
			assertThat(parsed.errors()).isEmpty();
			assertThat(parsed.warnings()).singleElement()
				.satisfies(w -> assertThat(w).contains("Line 3").contains("BEL 2024").contains("1.06").contains("1.00"));
		}

		@Test
		void sharesAndRealChangesOutOfRangeAreRefusedByRowAndColumn() {
			ParsedDataset parsed = parse(WITH_SHARE + "Belgium,BEL,2021,,,0,,\nBelgium,BEL,2022,,,100.01,,\n"
					+ "Belgium,BEL,2023,,,100,-100,\nBelgium,BEL,2024,,,1.5,-99.99,\nBelgium,BEL,2025,,,-1,,\n");
			assertThat(parsed.errors()).extracting(RowError::row, RowError::column)
				.containsExactly(org.assertj.core.groups.Tuple.tuple(2, "share_of_gdp_pct"),
						org.assertj.core.groups.Tuple.tuple(3, "share_of_gdp_pct"),
						org.assertj.core.groups.Tuple.tuple(4, "real_change_pct"),
						org.assertj.core.groups.Tuple.tuple(6, "share_of_gdp_pct"));
		}

		@Test
		void aNegativeRealChangeIsAFigureNotAnError() {
			ParsedDataset parsed = parse(WITH_SHARE + "Belgium,BEL,2015,,,0.91,-4.2,\n");
			assertThat(parsed.errors()).isEmpty();
			assertThat(parsed.rows().get(0).realChangePct()).isEqualByComparingTo("-4.2");
		}

	}

}
