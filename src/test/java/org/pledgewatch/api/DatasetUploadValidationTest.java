package org.pledgewatch.api;

import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/** One test per validation rule of {@code POST /api/datasets}, each with the exact error an editor sees. */
@WebMvcTest(DatasetApiController.class)
@Import(TempDatasetStore.class)
@WithMockUser(username = "editor", roles = "EDITOR")
class DatasetUploadValidationTest {

	static final String HEADER = "country,iso3,year,defence_expenditure_musd,gdp_musd,estimate\n";

	@Autowired
	MockMvc mvc;

	ResultActions upload(String text) throws Exception {
		return upload(text.getBytes(StandardCharsets.UTF_8));
	}

	ResultActions upload(byte[] content) throws Exception {
		return mvc.perform(multipart("/api/datasets").param("confirm", "true").file(new MockMultipartFile("file", "data.csv", "text/csv", content)));
	}

	/** Expects a 400 whose only error is the one given, with its rule's stable code. */
	void rejected(ResultActions result, int row, String column, String value, String code, String message)
			throws Exception {
		result.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errorCount").value(1))
			.andExpect(jsonPath("$.errors", hasSize(1)))
			.andExpect(jsonPath("$.errors[0].row").value(row))
			.andExpect(jsonPath("$.errors[0].column").value(column))
			.andExpect(jsonPath("$.errors[0].value").value(value))
			.andExpect(jsonPath("$.errors[0].code").value(code))
			.andExpect(jsonPath("$.errors[0].message").value(message))
			.andExpect(jsonPath("$.errors[0].length()").value(5));
	}

	@Nested
	class TheFile {

		@Test
		void uploadRejectsEmptyFile() throws Exception {
			rejected(upload(""), 1, "", "", "empty-file", "The file is empty: expected a header row and at least one data row.");
		}

		@Test
		void uploadRejectsHeaderOnly() throws Exception {
			rejected(upload(HEADER), 1, "", "", "no-data-rows", "The file has a header but no data rows.");
		}

		@Test
		void uploadRejectsMissingRequiredColumn() throws Exception {
			rejected(upload("country,iso3,year,defence_expenditure_musd\nBelgium,BEL,2024,1\n"), 1, "gdp_musd", "",
					"missing-column", "Required column \"gdp_musd\" is missing from the header (a file without money figures needs the "
							+ "column \"share_of_gdp_pct\" instead of both money columns).");
		}

		@Test
		void uploadRejectsBinaryFile() throws Exception {
			rejected(upload(new byte[] { (byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13 }), 1, "", "",
					"binary-file", "This is not a text file (it contains binary data). Upload a CSV file.");
		}

		@Test
		void uploadRejectsRowWithWrongNumberOfFields() throws Exception {
			rejected(upload(HEADER + "Belgium,BEL,2024,1,100\n"), 2, "", "Belgium,BEL,2024,1,100",
					"field-count", "Expected 6 fields as in the header, found 5.");
		}

		@Test
		void uploadRejectsUnclosedQuote() throws Exception {
			upload(HEADER + "Belgium,BEL,2023,1,100,\n\"Belgium,BEL,2024,1,100,\n").andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.errorCount").value(1))
				.andExpect(jsonPath("$.errors[0].row").value(3))
				.andExpect(jsonPath("$.errors[0].message",
						startsWith("Unclosed quote: a quoted field starts here and never ends")));
		}

		@Test
		void uploadListsTheFirstHundredErrorsAndCountsThemAll() throws Exception {
			StringBuilder text = new StringBuilder(HEADER);
			for (int i = 0; i < 150; i++) {
				text.append("Belgium,BEL,").append(1950 + i).append(",x,100,\n");
			}
			upload(text.toString()).andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.errorCount").value(150))
				.andExpect(jsonPath("$.errors", hasSize(100)))
				.andExpect(jsonPath("$.errors[99].row").value(101));
		}

		@Test
		void uploadAcceptsUtf16WithByteOrderMark() throws Exception {
			upload(("\uFEFF" + HEADER + "Türkiye,TUR,2024,1,100,\n").getBytes(StandardCharsets.UTF_16LE))
				.andExpect(status().isCreated())
				.andExpect(jsonPath("$.rows").value(1));
		}

	}

	@Nested
	class Figures {

		@Test
		void uploadRejectsNonNumericFigure() throws Exception {
			rejected(upload(HEADER + "Belgium,BEL,2024,1 234,100,\n"), 2, "defence_expenditure_musd", "1 234",
					"not-a-number", "Not a number (write e.g. 1234.5, without thousands separators).");
		}

		@Test
		void uploadRejectsNaN() throws Exception {
			rejected(upload(HEADER + "Belgium,BEL,2024,NaN,100,\n"), 2, "defence_expenditure_musd", "NaN",
					"not-finite", "NaN and infinity are not figures: leave the cell empty for a missing value.");
		}

		@Test
		void uploadRejectsInfinity() throws Exception {
			rejected(upload(HEADER + "Belgium,BEL,2024,1,Infinity,\n"), 2, "gdp_musd", "Infinity",
					"not-finite", "NaN and infinity are not figures: leave the cell empty for a missing value.");
		}

		@Test
		void uploadRejectsNegativeFigure() throws Exception {
			rejected(upload(HEADER + "Belgium,BEL,2024,-5,100,\n"), 2, "defence_expenditure_musd", "-5",
					"negative", "Must not be negative.");
		}

		@Test
		void uploadRejectsZeroGdp() throws Exception {
			rejected(upload(HEADER + "Belgium,BEL,2024,,0,\n"), 2, "gdp_musd", "0",
					"zero-gdp", "GDP must be greater than zero (a share of a zero GDP is meaningless).");
		}

		@Test
		void uploadRejectsSpendingGreaterThanGdp() throws Exception {
			rejected(upload(HEADER + "Belgium,BEL,2024,101,100,\n"), 2, "defence_expenditure_musd", "101",
					"spending-above-gdp", "Defence expenditure is greater than GDP (100).");
		}

		@Test
		void uploadRejectsMissingGdpWhereSpendingIsGiven() throws Exception {
			rejected(upload(HEADER + "Belgium,BEL,2024,5,,\n"), 2, "gdp_musd", "",
					"missing-gdp", "GDP is missing but defence expenditure is given: GDP may be empty only where spending is.");
		}

		@Test
		void uploadAcceptsEmptyCellsAsMissing() throws Exception {
			upload(HEADER + "Iceland,ISL,2024,,,\nIceland,ISL,2023,,31000,\n").andExpect(status().isCreated())
				.andExpect(jsonPath("$.rows").value(2));
		}

	}

	@Nested
	class Cells {

		@Test
		void uploadRejectsYearThatIsNotAWholeNumber() throws Exception {
			rejected(upload(HEADER + "Belgium,BEL,2024.5,1,100,\n"), 2, "year", "2024.5",
					"not-a-year", "Year must be a whole number between 1949 and 2100.");
		}

		@Test
		void uploadRejectsYearBefore1949() throws Exception {
			rejected(upload(HEADER + "Belgium,BEL,1948,1,100,\n"), 2, "year", "1948",
					"year-out-of-range", "Year must be a whole number between 1949 and 2100.");
		}

		@Test
		void uploadRejectsDuplicateAllyYear() throws Exception {
			rejected(upload(HEADER + "Belgium,BEL,2024,1,100,\nBelgium,BEL,2024,2,100,\n"), 3, "year", "2024",
					"duplicate-row", "BEL 2024 appears twice (first on line 2).");
		}

		@Test
		void uploadRejectsIso3ThatIsNotThreeLetters() throws Exception {
			rejected(upload(HEADER + "Belgium,BE,2024,1,100,\n"), 2, "iso3", "BE",
					"invalid-iso3", "iso3 must be three letters (ISO 3166-1 alpha-3), e.g. BEL.");
		}

		@Test
		void uploadRejectsIso3WithTwoCountryNames() throws Exception {
			rejected(upload(HEADER + "Belgium,BEL,2023,1,100,\nBelgique,BEL,2024,1,100,\n"), 3, "country", "Belgique",
					"iso3-with-two-names", "iso3 BEL is \"Belgium\" on an earlier row.");
		}

		@Test
		void uploadRejectsCountryNameWithTwoIso3Codes() throws Exception {
			rejected(upload(HEADER + "Belgium,BEL,2023,1,100,\nBelgium,BLX,2024,1,100,\n"), 3, "iso3", "BLX",
					"name-with-two-iso3", "Belgium has iso3 BEL on an earlier row.");
		}

		@Test
		void uploadRejectsEstimateThatIsNotTrueOrFalse() throws Exception {
			rejected(upload(HEADER + "Belgium,BEL,2024,1,100,yes\n"), 2, "estimate", "yes",
					"invalid-estimate", "estimate must be true, false or empty.");
		}

		@Test
		void uploadWarnsAboutAnUnknownColumn() throws Exception {
			upload("notes," + HEADER + "checked,Belgium,BEL,2024,1,100,\n").andExpect(status().isCreated())
				.andExpect(jsonPath("$.warnings[0]").value("Unknown column \"notes\" was ignored."));
		}

	}

	@Nested
	class ReadAsTheWriterMeant {

		static final String SEMICOLONS = "country;iso3;year;defence_expenditure_musd;gdp_musd\n";

		@Test
		void uploadRejectsADotThatMayBeAThousandsSeparatorInASemicolonFile() throws Exception {
			// A Belgian Excel export of NATO's 2024 figures for Belgium: 8,519 and 655,744 million USD.
			upload(SEMICOLONS + "Belgium;BEL;2024;8.519;655.744\n").andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.errorCount").value(2))
				.andExpect(jsonPath("$.errors[0].row").value(2))
				.andExpect(jsonPath("$.errors[0].column").value("defence_expenditure_musd"))
				.andExpect(jsonPath("$.errors[0].value").value("8.519"))
				.andExpect(jsonPath("$.errors[0].code").value("thousands-separator"))
				.andExpect(jsonPath("$.errors[0].message", startsWith("8.519 could mean 8.519 or 8519:")))
				.andExpect(jsonPath("$.errors[1].column").value("gdp_musd"))
				.andExpect(jsonPath("$.errors[1].code").value("thousands-separator"));
		}

		@Test
		void uploadAcceptsWholeNumbersAndDecimalCommasInASemicolonFile() throws Exception {
			upload(SEMICOLONS + "Belgium;BEL;2024;8519;655744\nBelgium;BEL;2023;8519,5;655744,25\n")
				.andExpect(status().isCreated())
				.andExpect(jsonPath("$.rows").value(2));
		}

		@Test
		void uploadRejectsACommaInAQuotedNumberInACommaFile() throws Exception {
			rejected(upload(HEADER + "Belgium,BEL,2024,\"8,519\",655744,\n"), 2, "defence_expenditure_musd", "8,519",
					"thousands-separator", "8,519 could mean 8.519 or 8519: with commas between fields the decimal "
							+ "separator is a point, so the comma looks like a thousands separator. Write 8519 without "
							+ "separators, or 8.519 for the decimal.");
		}

		@Test
		void uploadRejectsArabicIndicDigitsInAYear() throws Exception {
			rejected(upload(HEADER + "Belgium,BEL,\u0662\u0660\u0662\u0664,1,100,\n"), 2, "year",
					"\u0662\u0660\u0662\u0664", "non-ascii-digits",
					"Write figures and years with the digits 0 to 9 only: this cell has other digits.");
		}

		@Test
		void uploadRejectsFullwidthDigitsInAFigure() throws Exception {
			rejected(upload(HEADER + "Belgium,BEL,2024,\uFF18\uFF15,100,\n"), 2, "defence_expenditure_musd",
					"\uFF18\uFF15", "non-ascii-digits",
					"Write figures and years with the digits 0 to 9 only: this cell has other digits.");
		}

		@Test
		void uploadRejectsAnIso3WithALigature() throws Exception {
			rejected(upload(HEADER + "Belgium,\uFB00A,2024,1,100,\n"), 2, "iso3", "\uFB00A", "invalid-iso3",
					"iso3 must be three letters (ISO 3166-1 alpha-3), e.g. BEL.");
		}

		@Test
		void uploadRejectsACountryNameOfZeroWidthCharacters() throws Exception {
			rejected(upload(HEADER + "\u200B\u200C\u200D,BEL,2024,1,100,\n"), 2, "country", "\u200B\u200C\u200D",
					"blank-name", "Country name is required.");
		}

		@Test
		void uploadRejectsACountryNameWithAControlCharacter() throws Exception {
			rejected(upload(HEADER + "Bel\u001Bgium,BEL,2024,1,100,\n"), 2, "country", "Bel\u001Bgium",
					"control-character", "The country name contains a control character (U+001B): remove it.");
		}

		@Test
		void uploadRejectsACountryNameOverAHundredCharacters() throws Exception {
			String name = "B".repeat(101);
			rejected(upload(HEADER + name + ",BEL,2024,1,100,\n"), 2, "country", "B".repeat(77) + "...",
					"name-too-long", "The country name is 101 characters long: at most 100.");
		}

		@Test
		void uploadRejectsAFormulaLikeCountryName() throws Exception {
			rejected(upload(HEADER + "\"=HYPERLINK(\"\"https://example.org\"\",\"\"Belgium\"\")\",BEL,2024,1,100,\n"), 2,
					"country", "=HYPERLINK(\"https://example.org\",\"Belgium\")", "formula-like-name",
					"The country name starts with \"=\", which a spreadsheet may take for a formula: remove it.");
		}

	}

}
