package org.pledgewatch.dataset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * Numbers and names read as their writer meant: a figure that could be read two ways, digits from another script and
 * names that are invisible, too long or look like spreadsheet formulas are refused, each with its stable code.
 */
class WrittenAsMeantTest {

	private static final String COMMAS = "country,iso3,year,defence_expenditure_musd,gdp_musd\n";

	private static final String SEMICOLONS = "country;iso3;year;defence_expenditure_musd;gdp_musd\n";

	private final DatasetCsvParser parser = new DatasetCsvParser();

	private ParsedDataset parse(String text) {
		return parser.parse(text.getBytes(StandardCharsets.UTF_8));
	}

	private RowError onlyError(String text) {
		ParsedDataset parsed = parse(text);
		assertThat(parsed.rows()).isEmpty();
		assertThat(parsed.errors()).hasSize(1);
		return parsed.errors().get(0);
	}

	private DatasetRow onlyRow(String text) {
		ParsedDataset parsed = parse(text);
		assertThat(parsed.errors()).isEmpty();
		return parsed.rows().get(0);
	}

	@Nested
	class ThousandsSeparators {

		@Test
		void aBelgianExcelExportWithThousandsSeparatorsIsRefusedNamingBothReadings() {
			// NATO 2024 edition, Belgium 2024: 8,519 and 655,744 million USD, exported with Belgian settings.
			ParsedDataset parsed = parse(SEMICOLONS + "Belgium;BEL;2024;8.519;655.744\n");

			assertThat(parsed.rows()).isEmpty();
			assertThat(parsed.errors()).extracting(RowError::row, RowError::column, RowError::value, RowError::code)
				.containsExactly(tuple(2, "defence_expenditure_musd", "8.519", "thousands-separator"),
						tuple(2, "gdp_musd", "655.744", "thousands-separator"));
			assertThat(parsed.errors().get(0).message()).startsWith("8.519 could mean 8.519 or 8519:")
				.contains("Write 8519 without separators, or 8,519 for the decimal.");
		}

		@Test
		void withSemicolonsWholeNumbersAndDecimalCommasPass() {
			DatasetRow row = onlyRow(SEMICOLONS + "Belgium;BEL;2024;8519;655744,5\n");
			assertThat(row.defenceExpenditureMusd()).isEqualByComparingTo("8519");
			assertThat(row.gdpMusd()).isEqualByComparingTo("655744.5");
			assertThat(onlyRow(SEMICOLONS + "Belgium;BEL;2024;8519,5;655744\n").defenceExpenditureMusd())
				.isEqualByComparingTo("8519.5");
		}

		@Test
		void withSemicolonsADotThatCannotGroupThousandsIsADecimalPoint() {
			// Thousands come in groups of three after a first group of one to three digits not starting with 0.
			assertThat(onlyRow(SEMICOLONS + "Belgium;BEL;2024;1.30;1234.5\n").gdpMusd()).isEqualByComparingTo("1234.5");
			assertThat(onlyRow(SEMICOLONS + "Belgium;BEL;2024;0.519;100\n").defenceExpenditureMusd())
				.isEqualByComparingTo("0.519");
		}

		@Test
		void withSemicolonsSeveralGroupsOrAGroupBeforeADecimalCommaAreThousandsSeparators() {
			for (String[] figure : new String[][] { { "1.234.567", "1234567" }, { "8.519,5", "8519,5" } }) {
				assertThat(onlyError(SEMICOLONS + "Belgium;BEL;2024;1;" + figure[0] + "\n")).as(figure[0])
					.extracting(RowError::column, RowError::value, RowError::code, RowError::message)
					.containsExactly("gdp_musd", figure[0], "thousands-separator",
							figure[0] + " has thousands separators: write it as " + figure[1] + ".");
			}
		}

		@Test
		void withCommasAQuotedCommaInANumberIsRefusedTheSameWay() {
			RowError error = onlyError(COMMAS + "Belgium,BEL,2024,\"8,519\",655744\n");
			assertThat(error).extracting(RowError::row, RowError::column, RowError::value, RowError::code)
				.containsExactly(2, "defence_expenditure_musd", "8,519", "thousands-separator");
			assertThat(error.message()).startsWith("8,519 could mean 8.519 or 8519:")
				.contains("Write 8519 without separators, or 8.519 for the decimal.");
			assertThat(onlyError(COMMAS + "Belgium,BEL,2024,1,\"655,744.5\"\n"))
				.extracting(RowError::code, RowError::message)
				.containsExactly("thousands-separator", "655,744.5 has thousands separators: write it as 655744.5.");
		}

		@Test
		void withCommasAQuotedDecimalCommaIsRefusedAsSuch() {
			assertThat(onlyError(COMMAS + "Belgium,BEL,2024,\"8,5\",655744\n"))
				.extracting(RowError::code, RowError::message)
				.containsExactly("decimal-comma",
						"8,5 has a decimal comma, but this file separates fields with commas: write 8.5.");
		}

	}

	@Nested
	class Digits {

		@Test
		void arabicIndicAndFullwidthDigitsAreRefusedInYearsAndFigures() {
			ParsedDataset parsed = parse(COMMAS + "Belgium,BEL,\u0662\u0660\u0662\u0664,8519,655744\n"
					+ "France,FRA,2024,\uFF18\uFF15\uFF11\uFF19,100000\n" + "Italy,ITA,\uFF12\uFF10\uFF12\uFF14,1,100\n"
					+ "Spain,ESP,2024,1,\u0661\u0660\u0660\n");
			assertThat(parsed.errors()).extracting(RowError::row, RowError::column, RowError::code)
				.containsExactly(tuple(2, "year", "non-ascii-digits"),
						tuple(3, "defence_expenditure_musd", "non-ascii-digits"),
						tuple(4, "year", "non-ascii-digits"), tuple(5, "gdp_musd", "non-ascii-digits"));
			assertThat(parsed.rows()).isEmpty();
		}

		@Test
		void digitsBeyondTheBasicPlaneAreRefusedAndOtherLettersAreNotDigits() {
			// U+1D7D0 MATHEMATICAL BOLD DIGIT TWO, written as a surrogate pair; "é" is not a digit of any kind.
			ParsedDataset parsed = parse(COMMAS + "Belgium,BEL,2024,85\uD835\uDFD0,655744\n"
					+ "Côte d'Ivoire,CIV,2024,10,1000\n");
			assertThat(parsed.errors()).extracting(RowError::row, RowError::column, RowError::code)
				.containsExactly(tuple(2, "defence_expenditure_musd", "non-ascii-digits"));
		}

		@Test
		void yearsAreWholeNumbersInRangeEachWithItsCode() {
			assertThat(onlyError(COMMAS + "Belgium,BEL,2101,1,100\n")).extracting(RowError::code, RowError::message)
				.containsExactly("year-out-of-range", "Year must be a whole number between 1949 and 2100.");
			assertThat(onlyError(COMMAS + "Belgium,BEL,2024.0,1,100\n").code()).isEqualTo("not-a-year");
			assertThat(onlyError(COMMAS + "Belgium,BEL,99999999999,1,100\n").code()).isEqualTo("year-out-of-range");
		}

	}

	@Nested
	class Iso3 {

		@Test
		void iso3IsThreeAsciiLettersInAnyCaseAfterTrimming() {
			assertThat(onlyRow(COMMAS + "Belgium, bEl ,2024,1,100\n").iso3()).isEqualTo("BEL");
			// "ﬀA" upper-cases to "FFA", a dotless i to "I": neither is an ASCII letter as written.
			for (String code : new String[] { "\uFB00A", "\u0131SL", "B\u00C9L", "BE", "B3L" }) {
				assertThat(onlyError(COMMAS + "Belgium," + code + ",2024,1,100\n")).as(code)
					.extracting(RowError::column, RowError::value, RowError::code)
					.containsExactly("iso3", code, "invalid-iso3");
			}
		}

	}

	@Nested
	class CountryNames {

		private RowError nameError(String quotedName) {
			RowError error = onlyError(COMMAS + quotedName + ",BEL,2024,1,100\n");
			assertThat(error.column()).isEqualTo("country");
			return error;
		}

		@Test
		void aNameOfOnlyInvisibleCharactersIsBlank() {
			// zero-width space, zero-width joiner, left-to-right mark, word joiner, no-break space
			for (String name : new String[] { "\u200B\u200B", "\u200D", "\u200E \u2060", "\u00A0", "" }) {
				assertThat(nameError("\"" + name + "\"").code()).as(name).isEqualTo("blank-name");
			}
		}

		@Test
		void aNameWithAControlCharacterIsRefused() {
			assertThat(nameError("\"Bel\u0007gium\"")).extracting(RowError::code, RowError::message)
				.containsExactly("control-character", "The country name contains a control character (U+0007): remove it.");
			assertThat(nameError("\"Bel\ngium\"").code()).isEqualTo("control-character");
		}

		@Test
		void aNameOfAHundredCharactersPassesOneMoreDoesNot() {
			String hundred = "B" + "e".repeat(99);
			assertThat(onlyRow(COMMAS + hundred + ",BEL,2024,1,100\n").country()).isEqualTo(hundred);
			assertThat(nameError(hundred + "l")).extracting(RowError::code, RowError::message)
				.containsExactly("name-too-long", "The country name is 101 characters long: at most 100.");
		}

		@Test
		void aNameThatASpreadsheetMayTakeForAFormulaIsRefused() {
			for (String name : new String[] { "=HYPERLINK(\"\"http://x\"\",\"\"Belgium\"\")", "+32", "-1", "@SUM(A1)",
					"\tBelgium", "\rBelgium", "\u200B=1+1", " =1+1" }) {
				assertThat(nameError("\"" + name + "\"").code()).as(name).isEqualTo("formula-like-name");
			}
			assertThat(nameError("=1+1").message())
				.isEqualTo("The country name starts with \"=\", which a spreadsheet may take for a formula: remove it.");
		}

		@Test
		void namesThatOnlyContainTheseCharactersPass() {
			DatasetRow row = onlyRow(COMMAS + "\"Bosnia-Herzegovina = BiH @ NATO +\",BIH,2024,1,100\n");
			assertThat(row.country()).isEqualTo("Bosnia-Herzegovina = BiH @ NATO +");
		}

	}

	@Nested
	class Codes {

		@Test
		void everyRuleHasAnEnglishMessageWithItsArguments() {
			for (UploadRule rule : UploadRule.values()) {
				assertThat(rule.english(java.util.List.of("a", "b", "c", "d", "e", "f"))).as(rule.name())
					.isNotBlank()
					.doesNotContain("{0}", "''");
				assertThat(rule.code()).matches("[a-z0-9]+(-[a-z0-9]+)*");
			}
		}

		@Test
		void structuralErrorsCarryTheirCodes() {
			assertThat(parse("country,iso3,year,defence_expenditure_musd\nBelgium,BEL,2024,1\n").errors())
				.extracting(RowError::column, RowError::code)
				.containsExactly(tuple("gdp_musd", "missing-column"));
			assertThat(parse(COMMAS + "Belgium,BEL,2024,1,100\nBelgium,BEL,2024,1,100\n").errors())
				.extracting(RowError::row, RowError::code)
				.containsExactly(tuple(3, "duplicate-row"));
			assertThat(parse(COMMAS + "Belgium,BEL,2024,x,100\n").errors()).extracting(RowError::code)
				.containsExactly("not-a-number");
			assertThat(parse("").errors()).extracting(RowError::code).containsExactly("empty-file");
		}

		@Test
		void warningsCarryTheirCodes() {
			ParsedDataset parsed = parse("country,iso3,year,defence_expenditure_musd,gdp_musd,remarks\n"
					+ "Belgium,BEL,2024,1,100,x\n");
			assertThat(parsed.warnings()).extracting(UploadWarning::code, UploadWarning::arguments)
				.containsExactly(tuple("unknown-column", java.util.List.of("remarks")));
		}

	}

}
