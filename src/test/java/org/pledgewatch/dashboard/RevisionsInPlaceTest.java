package org.pledgewatch.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.pledgewatch.Edition2024Shown;
import org.pledgewatch.ShippedDataConfig;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Version 2 (NATO's August 2025 edition) revised 2024: the pages and the JSON say so where the figure is, with the
 * June 2024 edition's (version 1) figure beside it. Expected figures come from NATO's printed tables
 * ({@code reference-share-of-gdp.csv}), not from the code under test.
 */
class RevisionsInPlaceTest {

	private static final String NBSP = "\u00a0";

	private static List<CSVRecord> printed;

	@BeforeAll
	static void readNatosPrintedTables() throws IOException {
		try (Reader in = new InputStreamReader(RevisionsInPlaceTest.class.getClassLoader()
			.getResourceAsStream("data/editions/reference-share-of-gdp.csv"), StandardCharsets.UTF_8)) {
			printed = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(in).getRecords();
		}
	}

	/** How many allies NATO's edition printed at or above 2.00 for the year, of how many it printed a share for. */
	private static String count(String edition, int year) {
		List<CSVRecord> shares = printed.stream()
			.filter(r -> r.get("edition").equals(edition) && r.get("year").equals(String.valueOf(year))
					&& !r.get("share_gdp_pct").isBlank())
			.toList();
		long meeting = shares.stream().filter(r -> new BigDecimal(r.get("share_gdp_pct")).compareTo(new BigDecimal("2.00")) >= 0)
			.count();
		return meeting + " of " + shares.size();
	}

	private static String share(String edition, String iso3, int year) {
		return printed.stream()
			.filter(r -> r.get("edition").equals(edition) && r.get("iso3").equals(iso3)
					&& r.get("year").equals(String.valueOf(year)))
			.findFirst()
			.orElseThrow()
			.get("share_gdp_pct");
	}

	@Test
	void natosTablesDifferFor2024AsTheIssueSays() {
		assertThat(count("2024", 2024)).isEqualTo("23 of 31");
		assertThat(count("2025", 2024)).isEqualTo("18 of 31");
		assertThat(share("2024", "BEL", 2024)).isEqualTo("1.30");
		assertThat(share("2025", "BEL", 2024)).isEqualTo("1.29");
	}

	@Nested
	@WebMvcTest({ DashboardController.class, CountryController.class })
	@Import(ShippedDataConfig.class)
	class WithTheAugust2025EditionShown {

		@Autowired
		private MockMvc mvc;

		@Test
		void theDashboardFor2024GivesTheJune2024CountBesideTheRevisedOne() throws Exception {
			String page = mvc.perform(get("/").param("year", "2024"))
				.andExpect(status().isOk())
				.andReturn()
				.getResponse()
				.getContentAsString();
			assertThat(PagesTest.element(page, "data-testid=\"allies-meeting\"", "</p>")).contains(count("2025", 2024));
			assertThat(PagesTest.element(page, "data-testid=\"count-revised\"", "</p>"))
				.contains("— " + count("2024", 2024) + " in NATO&#39;s June 2024 edition, revised");
			assertThat(PagesTest.element(page, "data-testid=\"highlight-share\"", "</p>"))
				.contains(share("2025", "BEL", 2024) + "%");
			assertThat(PagesTest.element(page, "data-testid=\"highlight-revised\"", "</p>"))
				.contains("— " + share("2024", "BEL", 2024) + "% in NATO&#39;s June 2024 edition, revised");
		}

		@Test
		void theDashboardFor2025HasNoPreviousFigures() throws Exception {
			mvc.perform(get("/").param("year", "2025"))
				.andExpect(content().string(allOf(not(containsString("count-revised")),
						not(containsString("highlight-revised")))));
		}

		@Test
		void dutchReadersGetTheNoteInDutch() throws Exception {
			mvc.perform(get("/").param("year", "2024").param("lang", "nl"))
				.andExpect(content().string(allOf(containsString("— 23 van 31 in de NAVO-editie van juni 2024, herzien"),
						containsString("— 1,30" + NBSP + "% in de NAVO-editie van juni 2024, herzien"))));
		}

		@Test
		void belgiumsTableGivesTheJune2024ShareBesideTheRevisedOne() throws Exception {
			String page = mvc.perform(get("/countries/BEL")).andReturn().getResponse().getContentAsString();
			String table = PagesTest.element(page, "id=\"country-table\"", "</table>");
			String row2024 = table.substring(table.indexOf("data-sort-value=\"2024\""));
			row2024 = row2024.substring(0, row2024.indexOf("</tr>"));
			assertThat(row2024).contains(share("2025", "BEL", 2024) + "%").contains("was " + share("2024", "BEL", 2024) + "%");
			String row2025 = table.substring(table.indexOf("data-sort-value=\"2025\""));
			assertThat(row2025.substring(0, row2025.indexOf("</tr>"))).doesNotContain("was ");
			assertThat(page).contains("data-testid=\"revisions-note\"");
		}

		@Test
		void theEventQuotingTheJune2024EditionIsMarkedWithIt() throws Exception {
			String events = PagesTest.element(
					mvc.perform(get("/countries/BEL")).andReturn().getResponse().getContentAsString(),
					"data-testid=\"events\"", "</section>");
			String june2024 = events.substring(events.indexOf("2024-06-17"));
			june2024 = june2024.substring(0, june2024.indexOf("</li>"));
			assertThat(june2024).contains("Figures as printed in NATO&#39;s June 2024 edition.");
			String august2025 = events.substring(events.indexOf("2025-08-28"));
			assertThat(august2025.substring(0, august2025.indexOf("</li>"))).doesNotContain("Figures as printed");
		}

	}

	@Nested
	@WebMvcTest({ DashboardController.class, CountryController.class })
	@Import({ ShippedDataConfig.class, Edition2024Shown.class })
	class WithTheJune2024EditionShown {

		@Autowired
		private MockMvc mvc;

		@Test
		void nothingIsMarkedRevised() throws Exception {
			mvc.perform(get("/").param("year", "2024"))
				.andExpect(content().string(allOf(containsString("23 of 31"), not(containsString("count-revised")),
						not(containsString("highlight-revised")))));
		}

		@Test
		void theEventQuotingTheAugust2025EditionIsMarkedWithIt() throws Exception {
			String events = PagesTest.element(
					mvc.perform(get("/countries/BEL")).andReturn().getResponse().getContentAsString(),
					"data-testid=\"events\"", "</section>");
			String august2025 = events.substring(events.indexOf("2025-08-28"));
			assertThat(august2025.substring(0, august2025.indexOf("</li>")))
				.contains("Figures as printed in NATO&#39;s August 2025 edition.");
		}

	}

}
