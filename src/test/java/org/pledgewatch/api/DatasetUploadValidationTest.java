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
		return mvc.perform(multipart("/api/datasets").file(new MockMultipartFile("file", "data.csv", "text/csv", content)));
	}

	/** Expects a 400 whose only error is the one given. */
	void rejected(ResultActions result, int row, String column, String value, String message) throws Exception {
		result.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errorCount").value(1))
			.andExpect(jsonPath("$.errors", hasSize(1)))
			.andExpect(jsonPath("$.errors[0].row").value(row))
			.andExpect(jsonPath("$.errors[0].column").value(column))
			.andExpect(jsonPath("$.errors[0].value").value(value))
			.andExpect(jsonPath("$.errors[0].message").value(message));
	}

	@Nested
	class TheFile {

		@Test
		void uploadRejectsEmptyFile() throws Exception {
			rejected(upload(""), 1, "", "", "The file is empty: expected a header row and at least one data row.");
		}

		@Test
		void uploadRejectsHeaderOnly() throws Exception {
			rejected(upload(HEADER), 1, "", "", "The file has a header but no data rows.");
		}

		@Test
		void uploadRejectsMissingRequiredColumn() throws Exception {
			rejected(upload("country,iso3,year,defence_expenditure_musd\nBelgium,BEL,2024,1\n"), 1, "gdp_musd", "",
					"Required column \"gdp_musd\" is missing from the header (a file without money figures needs the "
							+ "column \"share_of_gdp_pct\" instead of both money columns).");
		}

		@Test
		void uploadRejectsBinaryFile() throws Exception {
			rejected(upload(new byte[] { (byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13 }), 1, "", "",
					"This is not a text file (it contains binary data). Upload a CSV file.");
		}

		@Test
		void uploadRejectsRowWithWrongNumberOfFields() throws Exception {
			rejected(upload(HEADER + "Belgium,BEL,2024,1,100\n"), 2, "", "Belgium,BEL,2024,1,100",
					"Expected 6 fields as in the header, found 5.");
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
					"Not a number (write e.g. 1234.5, without thousands separators).");
		}

		@Test
		void uploadRejectsNaN() throws Exception {
			rejected(upload(HEADER + "Belgium,BEL,2024,NaN,100,\n"), 2, "defence_expenditure_musd", "NaN",
					"NaN and infinity are not figures: leave the cell empty for a missing value.");
		}

		@Test
		void uploadRejectsInfinity() throws Exception {
			rejected(upload(HEADER + "Belgium,BEL,2024,1,Infinity,\n"), 2, "gdp_musd", "Infinity",
					"NaN and infinity are not figures: leave the cell empty for a missing value.");
		}

		@Test
		void uploadRejectsNegativeFigure() throws Exception {
			rejected(upload(HEADER + "Belgium,BEL,2024,-5,100,\n"), 2, "defence_expenditure_musd", "-5",
					"Must not be negative.");
		}

		@Test
		void uploadRejectsZeroGdp() throws Exception {
			rejected(upload(HEADER + "Belgium,BEL,2024,,0,\n"), 2, "gdp_musd", "0",
					"GDP must be greater than zero (a share of a zero GDP is meaningless).");
		}

		@Test
		void uploadRejectsSpendingGreaterThanGdp() throws Exception {
			rejected(upload(HEADER + "Belgium,BEL,2024,101,100,\n"), 2, "defence_expenditure_musd", "101",
					"Defence expenditure is greater than GDP (100).");
		}

		@Test
		void uploadRejectsMissingGdpWhereSpendingIsGiven() throws Exception {
			rejected(upload(HEADER + "Belgium,BEL,2024,5,,\n"), 2, "gdp_musd", "",
					"GDP is missing but defence expenditure is given: GDP may be empty only where spending is.");
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
					"Year must be a whole number between 1949 and 2100.");
		}

		@Test
		void uploadRejectsYearBefore1949() throws Exception {
			rejected(upload(HEADER + "Belgium,BEL,1948,1,100,\n"), 2, "year", "1948",
					"Year must be a whole number between 1949 and 2100.");
		}

		@Test
		void uploadRejectsDuplicateAllyYear() throws Exception {
			rejected(upload(HEADER + "Belgium,BEL,2024,1,100,\nBelgium,BEL,2024,2,100,\n"), 3, "year", "2024",
					"BEL 2024 appears twice (first on line 2).");
		}

		@Test
		void uploadRejectsIso3ThatIsNotThreeLetters() throws Exception {
			rejected(upload(HEADER + "Belgium,BE,2024,1,100,\n"), 2, "iso3", "BE",
					"iso3 must be three letters (ISO 3166-1 alpha-3), e.g. BEL.");
		}

		@Test
		void uploadRejectsIso3WithTwoCountryNames() throws Exception {
			rejected(upload(HEADER + "Belgium,BEL,2023,1,100,\nBelgique,BEL,2024,1,100,\n"), 3, "country", "Belgique",
					"iso3 BEL is \"Belgium\" on an earlier row.");
		}

		@Test
		void uploadRejectsCountryNameWithTwoIso3Codes() throws Exception {
			rejected(upload(HEADER + "Belgium,BEL,2023,1,100,\nBelgium,BLX,2024,1,100,\n"), 3, "iso3", "BLX",
					"Belgium has iso3 BEL on an earlier row.");
		}

		@Test
		void uploadRejectsEstimateThatIsNotTrueOrFalse() throws Exception {
			rejected(upload(HEADER + "Belgium,BEL,2024,1,100,yes\n"), 2, "estimate", "yes",
					"estimate must be true, false or empty.");
		}

		@Test
		void uploadWarnsAboutAnUnknownColumn() throws Exception {
			upload("notes," + HEADER + "checked,Belgium,BEL,2024,1,100,\n").andExpect(status().isCreated())
				.andExpect(jsonPath("$.warnings[0]").value("Unknown column \"notes\" was ignored."));
		}

	}

}
