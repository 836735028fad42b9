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
 * An editor in a real browser: signs in, publishes a corrected file, sees the dashboard change, sees the error table
 * of a broken file, and the upload page (not a bare error page) for a file over the limit.
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
	void open() {
		page = watched(browser.newPage());
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
				new Page.GetByRoleOptions().setName("Upload and publish")).click();

		assertThat(page.getByTestId("upload-success")).containsText("Version 3 is published");
		assertThat(page.getByTestId("upload-changes")).containsText("1 changed");
		assertThat(page.getByTestId("upload-success")).containsText("Belgium 2025");

		page.navigate(url("/"));
		assertThat(page.getByTestId("highlight-share")).hasText("1.50%");
		assertThat(page.getByTestId("citation")).containsText("Figures: Belgian Ministry of Defence, budget note.");

		Path broken = files.resolve("broken.csv");
		Files.writeString(broken, "country;iso3;year;defence_expenditure_musd;gdp_musd\n"
				+ "Belgium;BEL;2024;lots;655744\nBelgium;BEL;2023;8519;0\nBelgium;BE;2022;1;100\n");
		page.navigate(url("/upload"));
		page.setInputFiles("#file", broken);
		page.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON,
				new Page.GetByRoleOptions().setName("Upload and publish")).click();

		assertThat(page.getByTestId("upload-errors")).containsText("3 problem(s)");
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
				new Page.GetByRoleOptions().setName("Upload and publish")).click();
		assertThat(page.getByTestId("upload-too-large")).containsText("larger than the upload limit of 300 KB");
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
				new Page.GetByRoleOptions().setName("Uploaden en publiceren")).click();

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

}
