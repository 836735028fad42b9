package org.pledgewatch.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Pattern;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.pledgewatch.ShippedDataConfig;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Words that say what the number says, with version 2 (NATO's August 2025 edition) shown: a tie is joint, an ally
 * joining at or above the target is newly at or above it, an ally without any figure is not "below", and no page
 * shows a repository path, a property name or a log instruction to the public.
 */
@WebMvcTest
@Import(ShippedDataConfig.class)
@ComponentScan(basePackages = { "org.pledgewatch.report", "org.pledgewatch.upload" })
class WordsTest {

	@Autowired
	private MockMvc mvc;

	private String page(String path, String... params) throws Exception {
		var request = get(path);
		for (int i = 0; i < params.length; i += 2) {
			request = request.param(params[i], params[i + 1]);
		}
		return mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
	}

	/** NATO's printed 2025 shares (August 2025 edition): how many above 2.00, at 2.00, and printed at all. */
	private static int[] printed2025() throws IOException {
		try (Reader in = new InputStreamReader(WordsTest.class.getClassLoader()
			.getResourceAsStream("data/editions/reference-share-of-gdp.csv"), StandardCharsets.UTF_8)) {
			List<BigDecimal> shares = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()
				.parse(in).getRecords().stream()
				.filter(r -> r.get("edition").equals("2025") && r.get("year").equals("2025")
						&& !r.get("share_gdp_pct").isBlank())
				.map((CSVRecord r) -> new BigDecimal(r.get("share_gdp_pct")))
				.toList();
			BigDecimal two = new BigDecimal("2.00");
			return new int[] { (int) shares.stream().filter(s -> s.compareTo(two) > 0).count(),
					(int) shares.stream().filter(s -> s.compareTo(two) == 0).count(), shares.size() };
		}
	}

	@Test
	void belgiumsTieAt2PercentIn2025IsJointOnTheDashboardAndItsPage() throws Exception {
		int[] printed = printed2025();
		assertThat(printed).containsExactly(24, 6, 30);
		String joint = "joint " + (printed[0] + 1) + "th of " + printed[2];
		String dashboard = page("/", "year", "2025");
		assertThat(PagesTest.element(dashboard, "data-testid=\"highlight-rank\"", "</p>"))
			.contains(joint + " allies: " + printed[1] + " allies at 2.00%");
		assertThat(PagesTest.element(dashboard, "data-testid=\"highlight-callout\"", "</p>")).contains(joint);
		assertThat(PagesTest.element(page("/countries/BEL"), "data-testid=\"country-summary\"", "</p>"))
			.contains(joint);
	}

	@Test
	void aJointRankInDutchFrenchAndGerman() throws Exception {
		assertThat(page("/", "year", "2025", "lang", "nl")).contains("gedeeld 25e van 30 bondgenoten");
		assertThat(page("/", "year", "2025", "lang", "fr")).contains("25e ex æquo");
		assertThat(page("/", "year", "2025", "lang", "de")).contains("25. (geteilt) von 30 Verbündeten");
	}

	@Test
	void aRankAloneIsNotJoint() throws Exception {
		// NATO printed Belgium 2024 at 1.29 in the August 2025 edition; no other ally at 1.29.
		String rank = PagesTest.element(page("/", "year", "2024"), "data-testid=\"highlight-rank\"", "</p>");
		assertThat(rank).doesNotContain("joint").doesNotContain("allies at");
	}

	@Test
	void alliesJoiningAtOrAboveTheTargetAreNewlyAtOrAboveIt() throws Exception {
		// Finland joined in April 2023 at 2.12%, Sweden in March 2024 at 2.31% (NATO, August 2025 edition).
		assertThat(PagesTest.element(page("/", "year", "2023"), "data-testid=\"status-callout\"", "</p>"))
			.containsPattern("Newly at or above 2% in 2023: [^.]*Finland");
		assertThat(PagesTest.element(page("/", "year", "2024"), "data-testid=\"status-callout\"", "</p>"))
			.containsPattern("Newly at or above 2% in 2024: [^.]*Sweden");
	}

	@Test
	void icelandWithoutAnyFigureIsNeverSaidToBeBelow() throws Exception {
		String status = PagesTest.element(page("/countries/ISL"), "data-testid=\"status-callout\"", "</p>");
		assertThat(status).contains("Iceland has no published figure in any year")
			.doesNotContain("is not at or above");
	}

	@Test
	void theTableCaptionDoesNotCallAPointsColumnMoney() throws Exception {
		// The August 2025 edition gives no money: its gap column is in points of GDP.
		String dashboard = page("/", "year", "2025");
		assertThat(dashboard).contains("Gap (points of GDP)").doesNotContain("million USD more needed");
	}

	private static final Pattern INTERNALS = Pattern.compile(
			"data/[A-Za-z-]+[./]|SOURCES[-A-Za-z]*\\.md|\\.md\\b|dashboard\\.[a-z-]+\\.[a-z]|DASHBOARD_[A-Z]|written to the log|in the log\\b",
			Pattern.CASE_INSENSITIVE);

	@Test
	void noPublicPageShowsARepositoryPathAPropertyNameOrALogInstruction() throws Exception {
		List<String> paths = List.of("/", "/?year=2024", "/countries/BEL", "/countries/ISL", "/map", "/compare",
				"/login", "/embed/shares", "/embed/history", "/embed/spending", "/embed/meeting", "/embed/map",
				"/datasets", "/api/events");
		for (String language : List.of("en", "nl", "fr", "de")) {
			for (String path : paths) {
				String body = page(path, "lang", language);
				assertThat(INTERNALS.matcher(body).results().map(m -> m.group()).toList())
					.as("%s in %s", path, language)
					.isEmpty();
			}
		}
	}

}
