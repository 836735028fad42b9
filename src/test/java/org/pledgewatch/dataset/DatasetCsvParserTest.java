package org.pledgewatch.dataset;

import static org.assertj.core.api.Assertions.assertThat;

import static org.assertj.core.groups.Tuple.tuple;

import java.io.ByteArrayOutputStream;
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
			ParsedDataset parsed = parse(HEADER.replace("\n", ",notes\n") + "Belgium,BEL,2024,1,100,,\"two\nlines\"\n"
					+ "France,FRA,2024,x,100,,\n");
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
				.satisfies(w -> assertThat(w.message()).contains("Line 3").contains("BEL 2024").contains("1.06").contains("1.00"));
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

	@Nested
	class EmptyAndBinaryFiles {

		private static final String EMPTY = "The file is empty: expected a header row and at least one data row.";

		@Test
		void anEmptyOrBlankFileIsRefusedAsEmpty() {
			for (String text : new String[] { "", " \r\n\n\t" }) {
				ParsedDataset parsed = parse(text);
				assertThat(parsed.errors()).as("\"%s\"", text)
					.extracting(RowError::row, RowError::column, RowError::message)
					.containsExactly(tuple(1, "", EMPTY));
				assertThat(parsed.valid()).isFalse();
			}
		}

		@Test
		void aUtf16ByteOrderMarkAloneIsAnEmptyFile() {
			assertThat(parser.parse(new byte[] { (byte) 0xFE, (byte) 0xFF }).errors()).singleElement()
				.satisfies(e -> assertThat(e.message()).isEqualTo(EMPTY));
			assertThat(parser.parse(new byte[] { (byte) 0xFF, (byte) 0xFE }).errors()).singleElement()
				.satisfies(e -> assertThat(e.message()).isEqualTo(EMPTY));
		}

		@Test
		void aHeaderWithoutDataRowsIsRefused() {
			assertThat(parse(HEADER + "\n").errors()).singleElement().satisfies(e -> {
				assertThat(e.row()).isEqualTo(1);
				assertThat(e.message()).isEqualTo("The file has a header but no data rows.");
			});
		}

		@Test
		void theBareZipSignatureIsAlreadyAWorkbook() {
			assertThat(parser.parse(new byte[] { 'P', 'K', 3, 4 }).errors()).singleElement()
				.satisfies(e -> assertThat(e.message()).startsWith("This is a spreadsheet workbook or ZIP archive"));
		}

		@Test
		void aFileWithNulBytesIsRefusedAsBinary() {
			ParsedDataset parsed = parse(HEADER + "Belgium,BEL,2024,1,100,\u0000\n");
			assertThat(parsed.errors()).singleElement().satisfies(e -> {
				assertThat(e.row()).isEqualTo(1);
				assertThat(e.message()).isEqualTo("This is not a text file (it contains binary data). Upload a CSV file.");
			});
			assertThat(parsed.rows()).isEmpty();
		}

	}

	@Nested
	class ByteOrderMarks {

		private byte[] withUtf8Bom(String text) {
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			out.writeBytes(new byte[] { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF });
			out.writeBytes(text.getBytes(StandardCharsets.UTF_8));
			return out.toByteArray();
		}

		@Test
		void excelsCsvUtf8WithItsByteOrderMarkIsRead() {
			ParsedDataset parsed = parser.parse(withUtf8Bom(HEADER + "Türkiye,TUR,2024,1,100,\n"));
			assertThat(parsed.errors()).isEmpty();
			assertThat(parsed.warnings()).isEmpty();
			assertThat(parsed.rows()).extracting(DatasetRow::country).containsExactly("Türkiye");
		}

		@Test
		void aFileCutOffInsideTheByteOrderMarkIsNotUtf8() {
			for (byte[] content : new byte[][] { { (byte) 0xEF }, { (byte) 0xEF, (byte) 0xBB } }) {
				assertThat(parser.parse(content).errors()).singleElement()
					.satisfies(e -> assertThat(e.message()).startsWith("The file is not valid UTF-8 text."));
			}
		}

		@Test
		void onlyARealByteOrderMarkIsDropped() {
			// Each first character shares two of the mark's three UTF-8 bytes (EF BB BF): E3 BB BF, EF BC BF, EF BB 80.
			for (String first : new String[] { "\u3EFF", "\uFF3F", "\uFEC0" }) {
				ParsedDataset parsed = parse(first + "ref," + HEADER + "x,Belgium,BEL,2024,1,100,\n");
				assertThat(parsed.errors()).as(first).isEmpty();
				assertThat(parsed.warnings()).as(first).extracting(UploadWarning::message)
					.containsExactly("Unknown column \"" + first + "ref\" was ignored.");
			}
		}

	}

	@Nested
	class Delimiters {

		@Test
		void aSemicolonFileWithoutALineBreakIsReadAsSemicolons() {
			ParsedDataset parsed = parse("country;iso3;year;defence_expenditure_musd;gdp_musd");
			assertThat(parsed.errors()).extracting(RowError::message)
				.containsExactly("The file has a header but no data rows.");
		}

		@Test
		void aBlankLineBeforeTheHeaderDoesNotHideTheDelimiter() {
			ParsedDataset parsed = parse("\r\ncountry;iso3;year;defence_expenditure_musd;gdp_musd\r\nBelgium;BEL;2024;8519;655744\r\n");
			assertThat(parsed.errors()).isEmpty();
			assertThat(parsed.rows()).extracting(DatasetRow::iso3).containsExactly("BEL");
		}

		@Test
		void tabsPaddingTheNamesDoNotMakeAFileTabSeparated() {
			ParsedDataset semicolons = parse("country;\tiso3;\tyear;\tdefence_expenditure_musd;\tgdp_musd\n"
					+ "Belgium;BEL;2024;8519,5;655744\n");
			assertThat(semicolons.errors()).isEmpty();
			assertThat(semicolons.rows().get(0).defenceExpenditureMusd()).isEqualByComparingTo("8519.5");
			ParsedDataset commas = parse("country,\tiso3,\tyear,\tdefence_expenditure_musd,\tgdp_musd\n"
					+ "Belgium,BEL,2024,8519.5,655744\n");
			assertThat(commas.errors()).isEmpty();
			assertThat(commas.rows()).isEqualTo(semicolons.rows());
		}

		@Test
		void asManySemicolonsAsCommasInTheHeaderIsACommaFile() {
			ParsedDataset parsed = parse("country,iso3,year,defence_expenditure_musd,gdp_musd,\"remarks; sources; see; notes; per; row\"\n"
					+ "Belgium,BEL,2024,8519.5,655744,x\n");
			assertThat(parsed.errors()).isEmpty();
			assertThat(parsed.rows().get(0).defenceExpenditureMusd()).isEqualByComparingTo("8519.5");
		}

	}

	@Nested
	class RowsAndKeys {

		@Test
		void aRowWithTheWrongNumberOfFieldsIsRefusedWithItsText() {
			ParsedDataset parsed = parse(HEADER + "Belgium,BEL,2023,1,100,\nBelgium,BEL,2024,1,100\n");
			assertThat(parsed.errors()).extracting(RowError::row, RowError::column, RowError::value, RowError::message)
				.containsExactly(tuple(3, "", "Belgium,BEL,2024,1,100", "Expected 6 fields as in the header, found 5."));
			assertThat(parsed.rows()).isEmpty();
		}

		@Test
		void anAllyYearTwiceIsRefusedNamingTheFirstLine() {
			ParsedDataset parsed = parse(HEADER + "Belgium,BEL,2024,1,100,\nFrance,FRA,2024,1,100,\nBelgium,BEL,2024,2,100,\n");
			assertThat(parsed.errors()).extracting(RowError::row, RowError::column, RowError::value, RowError::message)
				.containsExactly(tuple(4, "year", "2024", "BEL 2024 appears twice (first on line 2)."));
		}

		@Test
		void oneCodeForTwoNamesIsRefused() {
			ParsedDataset parsed = parse(HEADER + "Belgium,BEL,2023,1,100,\nBelgique,BEL,2024,1,100,\n");
			assertThat(parsed.errors()).extracting(RowError::row, RowError::column, RowError::value, RowError::message)
				.containsExactly(tuple(3, "country", "Belgique", "iso3 BEL is \"Belgium\" on an earlier row."));
		}

		@Test
		void oneNameForTwoCodesIsRefused() {
			ParsedDataset parsed = parse(HEADER + "Belgium,BEL,2023,1,100,\nBelgium,BLX,2024,1,100,\n");
			assertThat(parsed.errors()).extracting(RowError::row, RowError::column, RowError::value, RowError::message)
				.containsExactly(tuple(3, "iso3", "BLX", "Belgium has iso3 BEL on an earlier row."));
		}

		@Test
		void aColumnTwiceInTheHeaderIsRefused() {
			ParsedDataset parsed = parse("country,iso3,year,Year,defence_expenditure_musd,gdp_musd\n"
					+ "Belgium,BEL,2024,2024,1,100\n");
			assertThat(parsed.errors()).extracting(RowError::row, RowError::column, RowError::value, RowError::message)
				.containsExactly(tuple(1, "year", "Year", "Column \"year\" appears twice in the header."));
		}

		@Test
		void everyErrorIsCountedButOnlyTheFirstHundredListed() {
			StringBuilder text = new StringBuilder(HEADER);
			for (int i = 0; i < 150; i++) {
				text.append("Belgium,BEL,").append(1700 + i).append(",1,100,\n");
			}
			ParsedDataset parsed = parse(text.toString());
			assertThat(parsed.errorCount()).isEqualTo(150);
			assertThat(parsed.errors()).hasSize(100);
			assertThat(parsed.errors().get(99).row()).isEqualTo(101);
			assertThat(parsed.valid()).isFalse();
			assertThat(parsed.rows()).isEmpty();
		}

		@Test
		void threeBadCellsAreThreeErrors() {
			ParsedDataset parsed = parse(HEADER + ",B,1800,1,100,\n");
			assertThat(parsed.errorCount()).isEqualTo(3);
			assertThat(parsed.errors()).extracting(RowError::column).containsExactly("country", "iso3", "year");
		}

		@Test
		void longValuesAreShortenedTo80CharactersInTheErrorList() {
			String eighty = "B".repeat(80);
			String eightyOne = "B".repeat(81);
			ParsedDataset parsed = parse(HEADER + "Belgium," + eighty + ",2023,1,100,\nBelgium," + eightyOne + ",2024,1,100,\n");
			assertThat(parsed.errors()).extracting(RowError::value)
				.containsExactly(eighty, "B".repeat(77) + "...");
		}

		@Test
		void anUnclosedQuoteIsExplainedWithoutJavaClassNames() {
			ParsedDataset parsed = parse(HEADER + "\"Belgium,BEL,2024,1,100,\n");
			assertThat(parsed.errors()).singleElement().satisfies(e -> assertThat(e.message())
				.contains("EOF reached before encapsulated token finished")
				.doesNotContain("Exception"));
		}

	}

	@Nested
	class Cells {

		private RowError onlyError(String row) {
			ParsedDataset parsed = parse(HEADER + row + "\n");
			assertThat(parsed.rows()).isEmpty();
			assertThat(parsed.errors()).hasSize(1);
			return parsed.errors().get(0);
		}

		private DatasetRow onlyRow(String row) {
			ParsedDataset parsed = parse(HEADER + row + "\n");
			assertThat(parsed.errors()).isEmpty();
			return parsed.rows().get(0);
		}

		@Test
		void aCountryNameIsRequired() {
			assertThat(onlyError(",BEL,2024,1,100,")).extracting(RowError::row, RowError::column, RowError::message)
				.containsExactly(2, "country", "Country name is required.");
		}

		@Test
		void iso3IsThreeLettersInAnyCase() {
			assertThat(onlyError("Belgium,BE,2024,1,100,")).extracting(RowError::column, RowError::value, RowError::message)
				.containsExactly("iso3", "BE", "iso3 must be three letters (ISO 3166-1 alpha-3), e.g. BEL.");
			assertThat(onlyError("Belgium,B3L,2024,1,100,").value()).isEqualTo("B3L");
			assertThat(onlyRow("Belgium,bel,2024,1,100,").iso3()).isEqualTo("BEL");
		}

		@Test
		void yearsRunFrom1949To2100() {
			assertThat(onlyRow("Belgium,BEL,1949,1,100,").year()).isEqualTo(1949);
			assertThat(onlyRow("Belgium,BEL,2100,1,100,").year()).isEqualTo(2100);
			for (String year : new String[] { "1948", "2101", "2024.0", "" }) {
				assertThat(onlyError("Belgium,BEL," + year + ",1,100,")).as(year)
					.extracting(RowError::column, RowError::value, RowError::message)
					.containsExactly("year", year, "Year must be a whole number between 1949 and 2100.");
			}
		}

		@Test
		void estimateIsTrueFalseOrEmpty() {
			assertThat(onlyRow("Belgium,BEL,2024,1,100,").estimate()).isFalse();
			assertThat(onlyRow("Belgium,BEL,2024,1,100,false").estimate()).isFalse();
			assertThat(onlyRow("Belgium,BEL,2024,1,100,FALSE").estimate()).isFalse();
			assertThat(onlyRow("Belgium,BEL,2024,1,100,true").estimate()).isTrue();
			assertThat(onlyRow("Belgium,BEL,2024,1,100,True").estimate()).isTrue();
			assertThat(onlyError("Belgium,BEL,2024,1,100,yes"))
				.extracting(RowError::column, RowError::value, RowError::message)
				.containsExactly("estimate", "yes", "estimate must be true, false or empty.");
		}

		@Test
		void aZeroGdpIsRefusedOnce() {
			assertThat(onlyError("Belgium,BEL,2024,10,0,")).extracting(RowError::column, RowError::value, RowError::message)
				.containsExactly("gdp_musd", "0",
						"GDP must be greater than zero (a share of a zero GDP is meaningless).");
		}

		@Test
		void spendingWithoutGdpIsRefused() {
			assertThat(onlyError("Belgium,BEL,2024,10,,")).extracting(RowError::column, RowError::value, RowError::message)
				.containsExactly("gdp_musd", "",
						"GDP is missing but defence expenditure is given: GDP may be empty only where spending is.");
		}

		@Test
		void gdpWithoutSpendingIsAnAllyThatReportedNone() {
			// Iceland, which has no armed forces, in NATO's tables: GDP but no defence expenditure.
			DatasetRow iceland = onlyRow("Iceland,ISL,2024,,32894,");
			assertThat(iceland.defenceExpenditureMusd()).isNull();
			assertThat(iceland.gdpMusd()).isEqualByComparingTo("32894");
		}

		@Test
		void aGdpThatIsNotANumberIsReportedOnceNotAlsoAsMissing() {
			assertThat(onlyError("Belgium,BEL,2024,10,n/a,")).extracting(RowError::column, RowError::message)
				.containsExactly("gdp_musd", "Not a number (write e.g. 1234.5, without thousands separators).");
		}

		@Test
		void spendingAboveGdpIsRefusedButEqualToGdpIsNot() {
			assertThat(onlyError("Belgium,BEL,2024,101,100,"))
				.extracting(RowError::column, RowError::value, RowError::message)
				.containsExactly("defence_expenditure_musd", "101", "Defence expenditure is greater than GDP (100).");
			assertThat(onlyRow("Belgium,BEL,2024,100,100,").computedShareOfGdpPct()).isEqualByComparingTo("100.00");
		}

		@Test
		void zeroSpendingIsAFigure() {
			assertThat(onlyRow("Belgium,BEL,2024,0,100,").computedShareOfGdpPct()).isEqualByComparingTo("0.00");
		}

		@Test
		void negativeFiguresAreRefused() {
			assertThat(onlyError("Belgium,BEL,2024,-1,100,"))
				.extracting(RowError::column, RowError::value, RowError::message)
				.containsExactly("defence_expenditure_musd", "-1", "Must not be negative.");
		}

		@Test
		void populationIsAboveZeroOrEmpty() {
			String header = "country,iso3,year,defence_expenditure_musd,gdp_musd,population_thousands\n";
			ParsedDataset parsed = parse(header + "Belgium,BEL,2023,1,100,0\nBelgium,BEL,2024,1,100,-5\n"
					+ "Belgium,BEL,2025,1,100,\n");
			assertThat(parsed.errors()).extracting(RowError::row, RowError::column, RowError::message)
				.containsExactly(tuple(2, "population_thousands", "Population must be greater than zero, or left empty."),
						tuple(3, "population_thousands", "Must not be negative."));
		}

		@Test
		void theEquipmentShareIsAtMostOneHundred() {
			String header = "country,iso3,year,defence_expenditure_musd,gdp_musd,equipment_share_pct\n";
			ParsedDataset parsed = parse(header + "Belgium,BEL,2023,1,100,100\nBelgium,BEL,2024,1,100,100.01\n");
			assertThat(parsed.errors()).extracting(RowError::row, RowError::column, RowError::value, RowError::message)
				.containsExactly(tuple(3, "equipment_share_pct", "100.01",
						"Equipment share is a percentage of defence expenditure: at most 100."));
		}

		@Test
		void twentyDecimalsAreAFigureTwentyOneAreNot() {
			String twenty = "1." + "1".repeat(20);
			assertThat(onlyRow("Belgium,BEL,2024," + twenty + ",100,").defenceExpenditureMusd())
				.isEqualByComparingTo(twenty);
			assertThat(onlyError("Belgium,BEL,2024," + twenty + "1,100,").message())
				.isEqualTo("Number out of range: write it in plain decimals, e.g. 1234.5.");
		}

		@Test
		void notANumberSaysWhichDecimalSeparatorTheFileUses() {
			assertThat(onlyError("Belgium,BEL,2024,1.234.5,10000,").message())
				.isEqualTo("Not a number (write e.g. 1234.5, without thousands separators).");
			ParsedDataset semicolons = parse(HEADER.replace(',', ';') + "Belgium;BEL;2024;1,2,3;10000;\n");
			assertThat(semicolons.errors()).singleElement()
				.satisfies(e -> assertThat(e.message())
					.isEqualTo("Not a number (write e.g. 1234,5 or 1234.5, without thousands separators)."));
		}

	}

}
