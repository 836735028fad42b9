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
	void chartPngHasAWhiteBackgroundAndChartCsvHasTheApisRows() throws IOException {
		page.navigate("http://localhost:" + port + "/");
		page.waitForSelector("#shares-chart[data-rendered=true]");
		Download png = page.waitForDownload(
				() -> page.click("[data-chart-download=png][data-chart-id=shares-chart]"));
		assertThat(png.suggestedFilename()).isEqualTo("pledgewatch-shares-of-gdp-2025.png");
		BufferedImage image = ImageIO.read(png.path().toFile());
		assertThat(image.getWidth()).isGreaterThan(100);
		assertThat(image.getRGB(0, 0)).as("opaque white corner").isEqualTo(0xFFFFFFFF);

		Download csv = page.waitForDownload(
				() -> page.click("[data-chart-download=csv][data-chart-id=trend-chart]"));
		assertThat(csv.suggestedFilename()).isEqualTo("pledgewatch-BEL-share-of-gdp.csv");
		String text = Files.readString(csv.path(), StandardCharsets.UTF_8);
		assertThat(text).startsWith("country,iso3,year,member,estimate,defenceExpenditureMusd,gdpMusd,shareOfGdpPct");
		assertThat(text).contains("allianceMedianShareOfGdpPct").contains("Belgium,BEL,2025,true,true,,,2.000904949");
		assertThat(text.lines().count()).isEqualTo(13);
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
		// The trend chart's PNG and CSV; the 2025 edition has no spending chart to download.
		assertThat(page.locator("[data-chart-download]").count()).isEqualTo(2);
		assertThat(page.getAttribute("[data-testid=download-pdf]", "href")).isEqualTo("/reports/compliance.pdf?year=2025&target=2");
	}

}
