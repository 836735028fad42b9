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

}
