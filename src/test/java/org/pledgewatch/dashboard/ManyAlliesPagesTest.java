package org.pledgewatch.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.pledgewatch.ShippedDataConfig;
import org.pledgewatch.dataset.ActiveDataset;
import org.pledgewatch.dataset.Dataset;
import org.pledgewatch.dataset.DatasetCitation;
import org.pledgewatch.dataset.DatasetRow;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A dataset of 250 allies (Belgium among them): the dashboard renders its tables a hundred allies at a time, with
 * links to the other pages, while the headline figures still count every ally. Ally {@code i} (0 to 248) has a share
 * of 1.00 + i / 100 %, so allies 100 to 248 (149) and Belgium, at 2.50 %, meet 2 %: 150 of 250.
 */
@WebMvcTest(controllers = DashboardController.class, properties = "dashboard.rendered-answers.max-size=0")
@Import({ ShippedDataConfig.class, ManyAlliesPagesTest.ManyAllies.class })
class ManyAlliesPagesTest {

	private static final Pattern ALLIES_TABLE = Pattern.compile("id=\"allies-table\".*?</table>", Pattern.DOTALL);

	@Autowired
	private MockMvc mvc;

	private String page(String... parameters) throws Exception {
		StringBuilder address = new StringBuilder("/");
		for (int i = 0; i < parameters.length; i += 2) {
			address.append(i == 0 ? '?' : '&').append(parameters[i]).append('=').append(parameters[i + 1]);
		}
		// In the address, as a browser sends them: page links are made from the address's query.
		return mvc.perform(get(address.toString())).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
	}

	private static int alliesTableRows(String page) {
		Matcher table = ALLIES_TABLE.matcher(page);
		assertThat(table.find()).isTrue();
		return table.group().split("data-iso3=", -1).length - 1;
	}

	@Test
	void theFirstPageShowsAHundredAlliesAndTheHeadlineCountsAll() throws Exception {
		String first = page();

		assertThat(alliesTableRows(first)).isEqualTo(100);
		assertThat(first).contains("150 of 250", "Allies 1–100 of 250", "page=2", "rel=\"next\"")
			.doesNotContain("rel=\"prev\"")
			.contains("and 50 more");
	}

	@Test
	void theMapsTableListsTheAlliesItDrawsAndCountsTheRest() throws Exception {
		Matcher table = Pattern.compile("data-testid=\"map-table\".*?</table>", Pattern.DOTALL).matcher(page());

		assertThat(table.find()).isTrue();
		assertThat(table.group().split("data-iso3=", -1).length - 1).as("Belgium only").isEqualTo(1);
		assertThat(page()).contains("249 allies of this dataset have no outline on the map");
	}

	@Test
	void theLastPageShowsTheRestAndOutOfRangePagesShowTheNearest() throws Exception {
		String last = page("page", "3");

		assertThat(alliesTableRows(last)).isEqualTo(50);
		assertThat(last).contains("Allies 201–250 of 250", "rel=\"prev\"").doesNotContain("rel=\"next\"");
		assertThat(page("page", "99")).contains("Allies 201–250 of 250");
		assertThat(page("page", "-4")).contains("Allies 1–100 of 250");
	}

	@Test
	void pageLinksKeepTheYearAndTarget() throws Exception {
		assertThat(page("target", "2.5", "page", "2")).contains("target=2.5&amp;page=3", "target=2.5&amp;page=1");
	}

	@TestConfiguration(proxyBeanMethods = false)
	static class ManyAllies {

		@Bean
		@Primary
		ActiveDataset manyAllies() {
			List<DatasetRow> rows = new ArrayList<>();
			for (int i = 0; i < 249; i++) {
				String iso3 = "Q" + (char) ('A' + i / 26) + (char) ('A' + i % 26);
				rows.add(share("Ally " + i, iso3, BigDecimal.valueOf(100 + i, 2)));
			}
			rows.add(share("Belgium", "BEL", new BigDecimal("2.50")));
			Dataset dataset = new Dataset(3, rows,
					new DatasetCitation(3, "Test figures for 250 allies", null, null, null, false));
			return () -> dataset;
		}

		private static DatasetRow share(String country, String iso3, BigDecimal share) {
			return new DatasetRow(country, iso3, 2024, null, null, null, null, null, false, share, null);
		}

	}

}
