package org.pledgewatch.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;

import javax.imageio.ImageIO;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The download controls in a real browser: report links, and PNG and CSV under every chart. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class DownloadsBrowserIT extends BrowserTest {

	@LocalServerPort
	private int port;

	private BrowserContext context;

	private Page page;


	@BeforeEach
	void open() {
		context = browser.newContext(new Browser.NewContextOptions().setAcceptDownloads(true));
		page = watched(context.newPage());
	}

	@AfterEach
	void closePage() {
		context.close();
	}

	@Test
	void dashboardLinksEveryReportForTheShownYearAndTarget() {
		page.navigate("http://localhost:" + port + "/?year=2023&target=2.5");
		assertThat(page.getAttribute("[data-testid=download-pdf]", "href")).isEqualTo("/reports/compliance.pdf?year=2023&target=2.5");
		assertThat(page.getAttribute("[data-testid=download-xlsx]", "href")).isEqualTo("/reports/compliance.xlsx?year=2023&target=2.5");
		assertThat(page.getAttribute("[data-testid=download-csv]", "href")).isEqualTo("/reports/compliance.csv?year=2023&target=2.5");
		assertThat(page.getAttribute("[data-testid=download-csv-excel-be]", "href"))
			.isEqualTo("/reports/compliance.csv?year=2023&target=2.5&format=excel-be");
	}

	@Test
	void chartImagesAndDataComeFromTheServerWithTitleSourceAndTwiceTheResolution() throws IOException {
		page.navigate("http://localhost:" + port + "/");
		Download png = page.waitForDownload(() -> page.click("[data-chart-files=shares] [data-testid=chart-png]"));
		assertThat(png.suggestedFilename()).isEqualTo("pledgewatch-shares-2025-2-v2.png");
		BufferedImage image = ImageIO.read(png.path().toFile());
		assertThat(image.getWidth()).isGreaterThanOrEqualTo(1600);
		assertThat(image.getRGB(0, 0)).as("opaque white corner").isEqualTo(0xFFFFFFFF);

		Download svg = page.waitForDownload(() -> page.click("[data-chart-files=map] [data-testid=chart-svg]"));
		assertThat(Files.readString(svg.path(), StandardCharsets.UTF_8)).contains("Belgium (outlined)")
			.contains("Source: NATO, Defence Expenditure of NATO Countries (2014-2025), 28 August 2025");

		Download csv = page.waitForDownload(() -> page.click("[data-chart-files=history] [data-testid=chart-csv]"));
		assertThat(csv.suggestedFilename()).isEqualTo("pledgewatch-history-BEL-2-v2.csv");
		String text = Files.readString(csv.path(), StandardCharsets.UTF_8);
		assertThat(text.lines().toList().subList(0, 2)).containsExactly(
				"\"# Source: NATO, Defence Expenditure of NATO Countries (2014-2025), 28 August 2025; Pledgewatch dataset version 2\"",
				"Year,\"Belgium: share of GDP (%), two decimals as NATO prints it\",\"Belgium: share of GDP (%), unrounded\","
						+ "\"Median ally: share of GDP (%), two decimals\","
						+ "Target (% of GDP),Meets 2%,NATO estimate");
		assertThat(text).contains("\n2025,2.00,2.000904949,");
		assertThat(consoleErrors).isEmpty();
	}

	@Test
	void chartCsvNeutralisesFormulasAndQuotes() {
		page.navigate("http://localhost:" + port + "/countries/BEL");
		Object csv = page.evaluate("() => window.pledgewatchChartCsv({targetPct: 2, rows: ["
				+ "{country: '=HYPERLINK(\"http://evil.example\")', iso3: 'XXX', year: 2024, shareOfGdpPct: -1.5},"
				+ "{country: '<script>, \"x\"', iso3: '@SUM', year: 2024, shareOfGdpPct: null}]})");
		assertThat((String) csv).isEqualTo("country,iso3,year,shareOfGdpPct,targetPct\n"
				+ "\"'=HYPERLINK(\"\"http://evil.example\"\")\",XXX,2024,-1.5,2\n"
				+ "\"<script>, \"\"x\"\"\",'@SUM,2024,,2\n");
		page.waitForSelector("#trend-chart[data-rendered=true]");
		// The trend chart's files; the 2025 edition has no spending chart to download.
		assertThat(page.locator("[data-chart-files]").count()).isEqualTo(1);
		assertThat(page.getAttribute("[data-chart-files=history] [data-testid=chart-png]", "href"))
			.isEqualTo("/charts/history.png?iso3=BEL&target=2&lang=en");
		assertThat(page.getAttribute("[data-testid=download-pdf]", "href")).isEqualTo("/reports/compliance.pdf?year=2025&target=2");
	}

}
