package org.pledgewatch.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Issue 21 §5 in a real browser: the signed-in editor's version list, with a draft, on a phone (390 × 844) without
 * sideways scrolling and at 1,366 px with every button whole, in Dutch, French and German; and the Publish button of
 * the upload preview, which publishes questioned figures only once the box is ticked.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "dashboard.admin.username=editor", "dashboard.admin.password=s3cret" })
@DirtiesContext
class PublishGateBrowserIT extends BrowserTest {

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

	private static final String EIGHT_ALLIES_2026 = "country,iso3,year,defence_expenditure_musd,gdp_musd,share_of_gdp_pct\n"
			+ "Belgium,BEL,2026,,,2.00\nGermany,DEU,2026,,,3.50\nPoland,POL,2026,,,4.70\nEstonia,EST,2026,,,3.40\n"
			+ "Latvia,LVA,2026,,,3.70\nLithuania,LTU,2026,,,4.00\nFinland,FIN,2026,,,2.50\nDenmark,DNK,2026,,,3.20\n";

	private String url(String path) {
		return "http://localhost:" + port + path;
	}

	/** A draft on the list (uploaded through the API), so the list shows Publish and Discard too. */
	private void aDraftIsListed() throws IOException, InterruptedException {
		String boundary = "pledgewatch-boundary";
		String body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"2026.csv\"\r\n"
				+ "Content-Type: text/csv\r\n\r\n" + EIGHT_ALLIES_2026 + "\r\n--" + boundary + "\r\n"
				+ "Content-Disposition: form-data; name=\"publish\"\r\n\r\nfalse\r\n--" + boundary + "--\r\n";
		HttpResponse<String> answer = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create(url("/api/datasets")))
				.header("Authorization",
						"Basic " + Base64.getEncoder().encodeToString("editor:s3cret".getBytes(StandardCharsets.UTF_8)))
				.header("Content-Type", "multipart/form-data; boundary=" + boundary)
				.POST(HttpRequest.BodyPublishers.ofString(body))
				.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(answer.statusCode()).as(answer.body()).isEqualTo(201);
	}

	private Page signedIn(int width, int height) {
		BrowserContext context = browser.newContext(new com.microsoft.playwright.Browser.NewContextOptions()
			.setViewportSize(width, height));
		Page page = watched(context.newPage());
		page.navigate(url("/login"));
		page.getByLabel("User name").fill("editor");
		page.getByLabel("Password").fill("s3cret");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")).click();
		return page;
	}

	@ParameterizedTest(name = "{0} at {1} px")
	@CsvSource({ "nl, 390, 844", "fr, 390, 844", "de, 390, 844", "nl, 1366, 900", "fr, 1366, 900",
			"de, 1366, 900", "en, 1366, 900" })
	void theVersionListFitsAndEveryButtonIsWhole(String language, int width, int height) throws Exception {
		if (!Files.exists(storeDir.resolve("draft-listed"))) {
			aDraftIsListed();
			Files.createFile(storeDir.resolve("draft-listed"));
		}
		Page page = signedIn(width, height);
		page.navigate(url("/datasets?lang=" + language));
		assertThat(page.locator("tr[data-draft='true']")).not().hasCount(0);

		// The page never scrolls sideways (the header's own menus scroll inside themselves by design).
		int scrollWidth = ((Number) page.evaluate("document.documentElement.scrollWidth")).intValue();
		assertThat(scrollWidth).as("page width at %d px", width).isLessThanOrEqualTo(width);
		assertThat(((Number) page.evaluate(
				"Math.max(...[...document.querySelectorAll('.versions-panel, table.versions')].map(e => e.scrollWidth - e.clientWidth))"))
			.intValue()).as("the version table scrolls sideways").isLessThanOrEqualTo(0);

		// Every action is whole: inside the viewport and not cut off ("Publicere…").
		@SuppressWarnings("unchecked")
		List<Map<String, Object>> buttons = (List<Map<String, Object>>) page.evaluate("""
				[...document.querySelectorAll('.version-actions .button, .version-actions button')].map(b => {
				  const r = b.getBoundingClientRect();
				  return { text: b.textContent.trim(), right: r.right, left: r.left,
				           clipped: b.scrollWidth > b.clientWidth + 1 };
				})""");
		assertThat(buttons).isNotEmpty().allSatisfy(b -> {
			assertThat((Boolean) b.get("clipped")).as("%s is cut off", b.get("text")).isFalse();
			assertThat(((Number) b.get("left")).doubleValue()).as("%s", b.get("text")).isGreaterThanOrEqualTo(0);
			assertThat(((Number) b.get("right")).doubleValue()).as("%s", b.get("text")).isLessThanOrEqualTo(width);
		});
		page.screenshot(new Page.ScreenshotOptions().setFullPage(true)
			.setPath(Path.of("target", "screenshots", "datasets-" + language + "-" + width + ".png")));
		assertThat(consoleErrors).isEmpty();
		page.context().close();
	}

	@Test
	void thePreviewsPublishButtonPublishesQuestionedFiguresOnlyWithTheBoxTicked() throws Exception {
		Page page = signedIn(390, 844);
		Path file = files.resolve("2026.csv");
		Files.writeString(file, EIGHT_ALLIES_2026.replace("2.00", "2.02"));
		page.navigate(url("/upload?lang=nl"));
		page.setInputFiles("#file", file);
		page.locator("[data-testid=upload-form] button[type=submit]").click();

		assertThat(page.getByTestId("upload-warnings")).containsText("Dit vervangt de hele gepubliceerde dataset");
		assertThat(page.getByTestId("confirm-box")).isVisible();
		assertThat(((Number) page.evaluate("document.documentElement.scrollWidth")).intValue())
			.isLessThanOrEqualTo(390);
		String active = page.evaluate("fetch('/api/datasets').then(r => r.json()).then(j => "
				+ "j.versions.find(v => v.active).version)").toString();

		// The box unticked: the browser does not send the form.
		page.getByTestId("publish").click();
		assertThat(page.getByTestId("upload-success")).isVisible();
		page.getByTestId("confirm-box").locator("input").check();
		page.getByTestId("publish").click();
		assertThat(page.getByTestId("activated")).isVisible();
		String now = page.evaluate("fetch('/api/datasets').then(r => r.json()).then(j => "
				+ "j.versions.find(v => v.active).version)").toString();
		assertThat(now).isNotEqualTo(active);
		assertThat(page.url()).doesNotContain("_csrf");
		page.context().close();
	}

}
