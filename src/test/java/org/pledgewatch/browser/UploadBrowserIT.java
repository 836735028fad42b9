package org.pledgewatch.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;

import com.microsoft.playwright.Page;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * An editor in a real browser: signs in, previews a corrected file as a draft, publishes it, sees the dashboard
 * change, sees the error table of a broken file, and the upload page (not a bare error page) for a file over the limit.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "dashboard.admin.username=editor", "dashboard.admin.password=s3cret",
				"dashboard.upload.max-size=300KB" })
@DirtiesContext
class UploadBrowserIT extends BrowserTest {

	@TempDir
	static Path storeDir;

	@DynamicPropertySource
	static void store(DynamicPropertyRegistry registry) {
		registry.add("dashboard.store-dir", () -> storeDir.toString());
	}

	@LocalServerPort
	private int port;

	@TempDir
	Path files;

	private Page page;


	@BeforeEach
	void open() throws IOException, InterruptedException {
		page = watched(browser.newPage());
		// Each test starts from the shipped 2025 edition (version 2), whatever another published.
		HttpResponse<String> activated = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create(url("/api/datasets/2/activate")))
				.header("Authorization", "Basic " + java.util.Base64.getEncoder().encodeToString("editor:s3cret".getBytes()))
				.POST(HttpRequest.BodyPublishers.noBody())
				.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(activated.statusCode()).isEqualTo(200);
	}

	@AfterEach
	void closePage() {
		page.close();
	}

	private String url(String path) {
		return "http://localhost:" + port + path;
	}

	private String download(String path) throws IOException, InterruptedException {
		return HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create(url(path))).build(), HttpResponse.BodyHandlers.ofString())
			.body();
	}

	@Test
	void anEditorPublishesACorrectionAndSeesTheErrorsOfABrokenFile() throws Exception {
		page.navigate(url("/"));
		assertThat(page.getByTestId("highlight-share")).hasText("2.00%");

		page.navigate(url("/upload"));
		assertThat(page).hasURL(url("/login"));
		page.getByLabel("User name").fill("editor");
		page.getByLabel("Password").fill("s3cret");
		page.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON,
				new Page.GetByRoleOptions().setName("Sign in")).click();
		assertThat(page).hasURL(url("/upload?continue"));

		// Belgium 2025 at 1.50% of GDP instead of NATO's 2.00%, from a source the editor names.
		Path corrected = files.resolve("corrected.csv");
		Files.writeString(corrected, download("/datasets/current.csv")
			.replaceFirst("(?m)^(Belgium,BEL,2025,,,)2.000904949,", "$1" + "1.50,"));
		page.setInputFiles("#file", corrected);
		page.fill("#source", "Belgian Ministry of Defence, budget note");
		page.fill("#dataAsOf", "2025-10-01");
		page.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON,
				new Page.GetByRoleOptions().setName("Upload and preview")).click();

		assertThat(page.getByTestId("upload-success")).containsText("is stored as a draft");
		assertThat(page.getByTestId("upload-changes")).containsText("1 changed");
		assertThat(page.getByTestId("upload-success")).containsText("Belgium 2025");
		page.navigate(url("/"));
		assertThat(page.getByTestId("highlight-share")).hasText("2.00%");

		// Published later, from the list of versions.
		page.navigate(url("/datasets"));
		page.locator("tr[data-draft='true'] a[data-testid=activate]").first().click();
		assertThat(page.getByTestId("action-heading")).containsText("Publish version");
		page.getByTestId("action-submit").click();
		assertThat(page.getByTestId("activated")).containsText("is now active");
		page.navigate(url("/"));
		assertThat(page.getByTestId("highlight-share")).hasText("1.50%");
		assertThat(page.getByTestId("citation")).containsText("Figures: Belgian Ministry of Defence, budget note.");

		Path broken = files.resolve("broken.csv");
		Files.writeString(broken, "country;iso3;year;defence_expenditure_musd;gdp_musd\n"
				+ "Belgium;BEL;2024;lots;655744\nBelgium;BEL;2023;8519;0\nBelgium;BE;2022;1;100\n");
		page.navigate(url("/upload"));
		page.setInputFiles("#file", broken);
		page.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON,
				new Page.GetByRoleOptions().setName("Upload and preview")).click();

		assertThat(page.getByTestId("upload-errors")).containsText("3 problems");
		org.assertj.core.api.Assertions.assertThat(page.url()).doesNotContain("_csrf");
		assertThat(page.locator("[data-testid=upload-errors] tbody tr")).hasCount(3);
		assertThat(page.locator("[data-testid=upload-errors] tbody tr").first()).containsText("lots");
		page.navigate(url("/"));
		assertThat(page.getByTestId("highlight-share")).hasText("1.50%");
		assertThat(consoleErrors).isEmpty();

		Path big = files.resolve("big.csv");
		Files.writeString(big, "country,iso3,year\n" + "x".repeat(400 * 1024));
		page.navigate(url("/upload"));
		page.setInputFiles("#file", big);
		page.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON,
				new Page.GetByRoleOptions().setName("Upload and preview")).click();
		assertThat(page.getByTestId("upload-too-large")).containsText("larger than the upload limit of 300 KB");
		org.assertj.core.api.Assertions.assertThat(page.url()).isEqualTo(url("/upload"));
	}

	@Test
	void anEditorOnTheDutchPageSeesAThousandsSeparatorRefusedInDutchAndNothingIsPublished() throws Exception {
		String versionsBefore = download("/api/datasets");
		page.navigate(url("/"));
		String shareBefore = page.getByTestId("highlight-share").textContent();

		page.navigate(url("/upload"));
		page.getByLabel("User name").fill("editor");
		page.getByLabel("Password").fill("s3cret");
		page.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON,
				new Page.GetByRoleOptions().setName("Sign in")).click();
		page.navigate(url("/upload?lang=nl"));

		// Belgium's 2024 figures from NATO's June 2024 edition (8,519 and 655,744 million USD), saved by Excel with
		// Belgian settings: semicolons between fields and dots between thousands.
		Path belgianExcel = files.resolve("belgie.csv");
		Files.writeString(belgianExcel, "country;iso3;year;defence_expenditure_musd;gdp_musd\r\n"
				+ "Belgium;BEL;2024;8.519;655.744\r\n");
		page.setInputFiles("#file", belgianExcel);
		page.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON,
				new Page.GetByRoleOptions().setName("Uploaden en bekijken")).click();

		assertThat(page.getByTestId("upload-errors")).containsText("Het bestand werd niet gepubliceerd: 2");
		assertThat(page.locator("[data-testid=upload-errors] tbody tr")).hasCount(2);
		assertThat(page.locator("[data-testid=upload-errors] tbody tr").first())
			.containsText("8.519 kan 8.519 of 8519 betekenen");
		assertThat(page.locator("[data-testid=upload-errors] tbody tr").first())
			.containsText("defence_expenditure_musd");
		assertThat(page.locator("[data-testid=upload-errors] tbody tr").nth(1))
			.containsText("655.744 kan 655.744 of 655744 betekenen");
		assertThat(page.getByTestId("upload-errors")).not().containsText("could mean");

		assertThat(download("/api/datasets")).isEqualTo(versionsBefore);
		page.navigate(url("/?lang=en"));
		assertThat(page.getByTestId("highlight-share")).hasText(shareBefore);
		assertThat(consoleErrors).isEmpty();
	}

	@Test
	void onTheDutchPageAnEditorIsRefusedInDutchThenPreviewsAChangedFileOldToNewAndPublishesIt() throws Exception {
		Path shots = Files.createDirectories(Path.of("target", "screenshots"));
		// A context of its own: the draft's pages open in a second tab of the same signed-in session.
		page.close();
		page = watched(browser.newContext().newPage());
		page.navigate(url("/?lang=en"));
		String shareBefore = page.getByTestId("highlight-share").textContent();
		page.navigate(url("/upload"));
		page.getByLabel("User name").fill("editor");
		page.getByLabel("Password").fill("s3cret");
		page.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON,
				new Page.GetByRoleOptions().setName("Sign in")).click();
		page.navigate(url("/upload?lang=nl"));

		// The Belgian Excel export: thousands separators, refused in Dutch.
		Path belgianExcel = files.resolve("belgie.csv");
		Files.writeString(belgianExcel, "country;iso3;year;defence_expenditure_musd;gdp_musd\r\n"
				+ "Belgium;BEL;2024;8.519;655.744\r\n");
		page.setInputFiles("#file", belgianExcel);
		page.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON,
				new Page.GetByRoleOptions().setName("Uploaden en bekijken")).click();
		assertThat(page.locator("[data-testid=upload-errors] tbody tr").first())
			.containsText("8.519 kan 8.519 of 8519 betekenen");
		page.screenshot(new Page.ScreenshotOptions().setPath(shots.resolve("upload-nl-refused.png")).setFullPage(true));

		// The same data, correctly written: NATO's 2025 edition with Belgium 2025 at 2.40% instead of 2.000904949.
		Path changed = files.resolve("gewijzigd.csv");
		Files.writeString(changed, download("/datasets/current.csv")
			.replaceFirst("(?m)^(Belgium,BEL,2025,,,)2.000904949,", "$1" + "2.40,"));
		page.setInputFiles("#file", changed);
		page.fill("#source", "NATO, gecorrigeerd");
		page.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON,
				new Page.GetByRoleOptions().setName("Uploaden en bekijken")).click();

		assertThat(page.getByTestId("draft-heading")).containsText("als ontwerp bewaard: nog niet gepubliceerd");
		var changedRow = page.locator("[data-testid=changed-figures] tbody tr");
		assertThat(changedRow).hasCount(1);
		assertThat(changedRow).containsText("share_of_gdp_pct");
		assertThat(changedRow).containsText("2.000904949");
		assertThat(changedRow).containsText("→ 2.40");
		page.screenshot(new Page.ScreenshotOptions().setPath(shots.resolve("upload-nl-preview.png")).setFullPage(true));

		// The draft's own dashboard shows it; the public one still shows the published figure.
		String draftDashboard = page.getByTestId("draft-dashboard").getAttribute("href");
		Page draft = watched(page.context().newPage());
		draft.navigate(url(draftDashboard));
		assertThat(draft.getByTestId("version-banner")).isVisible();
		assertThat(draft.getByTestId("highlight-share")).containsText("2,40");
		draft.screenshot(new Page.ScreenshotOptions().setPath(shots.resolve("draft-dashboard-nl.png")).setFullPage(true));
		draft.navigate(url(page.getByTestId("draft-country").getAttribute("href")));
		assertThat(draft.getByTestId("version-banner")).isVisible();
		draft.screenshot(new Page.ScreenshotOptions().setPath(shots.resolve("draft-belgium-nl.png")).setFullPage(true));
		draft.close();
		// A reader without a session gets no draft, and the public dashboard still shows the published figure.
		assertThat(download(draftDashboard)).doesNotContain("2,40").contains("404");
		assertThat(download("/?lang=en")).contains(shareBefore);

		page.getByTestId("publish").click();
		assertThat(page.getByTestId("activated")).isVisible();
		page.navigate(url("/?lang=en"));
		assertThat(page.getByTestId("highlight-share")).hasText("2.40%");
		assertThat(page.getByTestId("version-banner")).hasCount(0);
		page.screenshot(new Page.ScreenshotOptions().setPath(shots.resolve("published-dashboard.png")).setFullPage(true));
		assertThat(consoleErrors).isEmpty();
	}

}
