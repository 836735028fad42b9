package org.pledgewatch.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.LoadState;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The dashboard in a real browser: charts drawn from the API, Belgium's bar in a colour of its own, no console error. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class DashboardBrowserIT extends BrowserTest {

	@LocalServerPort
	private int port;

	private Page page;


	@BeforeEach
	void open() {
		page = watched(browser.newPage());
	}

	@AfterEach
	void closePage() {
		page.close();
	}

	@Test
	void dashboardDrawsBothChartsWithBelgiumInItsOwnColour() {
		page.navigate("http://localhost:" + port + "/");
		page.waitForSelector("#shares-chart[data-rendered=true]");
		page.waitForSelector("#trend-chart[data-rendered=true]");
		page.waitForSelector("#meeting-chart[data-rendered=true]");
		page.waitForLoadState(LoadState.NETWORKIDLE);

		@SuppressWarnings("unchecked")
		Map<String, Object> bars = (Map<String, Object>) page.evaluate("""
				() => {
				  const chart = Chart.getChart(document.getElementById('shares-chart'));
				  const rows = chart.data.labels.length;
				  const colours = chart.data.datasets[0].backgroundColor;
				  const belgium = chart.data.labels.findIndex(l => l.startsWith('Belgium'));
				  const meta = chart.getDatasetMeta(0);
				  return { rows, colours, belgium, drawnBars: meta.data.filter(b => b.width > 0).length };
				}""");
		@SuppressWarnings("unchecked")
		List<String> colours = (List<String>) bars.get("colours");
		int belgium = ((Number) bars.get("belgium")).intValue();

		assertThat(((Number) bars.get("rows")).intValue()).isEqualTo(32);
		assertThat(((Number) bars.get("drawnBars")).intValue()).as("Germany and Iceland published no 2025 figure: no bar")
			.isEqualTo(30);
		assertThat(belgium).isGreaterThanOrEqualTo(0);
		String belgiumColour = colours.get(belgium);
		List<String> others = new ArrayList<>(colours);
		others.remove(belgium);
		assertThat(others).doesNotContain(belgiumColour);

		Object trendPoints = page.evaluate(
				"() => Chart.getChart(document.getElementById('trend-chart')).data.datasets[0].data.length");
		assertThat(((Number) trendPoints).intValue()).isEqualTo(12);
		assertThat(page.textContent("[data-testid=highlight-callout]")).contains("Belgium", "2.00%", "25th of 30");
		Object meeting2025 = page.evaluate("() => { const c = Chart.getChart(document.getElementById('meeting-chart'));"
				+ " return c.data.datasets[0].data[c.data.datasets[0].data.length - 1]; }");
		assertThat(((Number) meeting2025).intValue()).as("allies meeting 2% in 2025").isEqualTo(30);
		assertThat(consoleErrors).isEmpty();
	}

	@Test
	void countryPageDrawsItsCharts() {
		page.navigate("http://localhost:" + port + "/countries/BEL");
		page.waitForSelector("#trend-chart[data-rendered=true]");
		assertThat(page.textContent("h1")).isEqualTo("Belgium");
		// The 2025 edition gives no money: the spending chart says so instead of drawing zeros.
		assertThat(page.locator("#spending-chart").count()).isZero();
		assertThat(page.textContent("[data-testid=no-money]")).contains("not available in this edition");
		assertThat(consoleErrors).isEmpty();
	}

	@Test
	void sortingTheTableByShareAscendingPutsTheLowestFirstAndIcelandLast() {
		page.navigate("http://localhost:" + port + "/");
		page.click("#allies-table thead th:nth-child(3) button");
		List<String> order = page.locator("#allies-table tbody tr").evaluateAll("rows => rows.map(r => r.dataset.iso3)")
			instanceof List<?> list ? list.stream().map(String::valueOf).toList() : List.of();
		assertThat(order).hasSize(32);
		assertThat(order.get(order.size() - 1)).isEqualTo("ISL");
		assertThat(order.get(0)).isNotEqualTo("POL");
		assertThat(page.getAttribute("#allies-table thead th:nth-child(3)", "aria-sort")).isEqualTo("ascending");
	}

	@Test
	void aPhonesFirstScreenShowsBelgiumsShareAndHowManyAlliesMeetTheTarget() {
		try (var phone = browser.newContext(new com.microsoft.playwright.Browser.NewContextOptions()
			.setViewportSize(390, 844)
			.setIsMobile(true))) {
			Page small = watched(phone.newPage());
			small.navigate("http://localhost:" + port + "/");
			for (String testId : new String[] { "highlight-share", "allies-meeting" }) {
				var box = small.getByTestId(testId).boundingBox();
				assertThat(box.y + box.height).as(testId + " without scrolling").isLessThanOrEqualTo(844);
			}
			assertThat(small.getByTestId("highlight-share").textContent()).isEqualTo("2.00%");
			assertThat(small.getByTestId("allies-meeting").textContent()).isEqualTo("30 of 30");
			assertThat(small.getByTestId("target-selector").boundingBox().y).as("the pickers fold below").isGreaterThan(844);
		}
		assertThat(consoleErrors).isEmpty();
	}

}
