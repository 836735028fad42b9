package org.pledgewatch.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Route;
import com.microsoft.playwright.options.AriaRole;
import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The red team's attack, in Chromium: the editor is signed in on the dashboard (a session cookie) and the browser
 * holds the editor's Basic credentials for it; a page served from another origin ({@code 127.0.0.1} on another port,
 * while the dashboard is {@code localhost}) then tries to activate version 1 and to publish its own dataset, by
 * {@code fetch} with credentials and by plain form posts. Every try is refused and the data is unchanged; the same
 * {@code fetch} from the dashboard's own origin does activate, so the credentials did travel.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "dashboard.admin.username=editor", "dashboard.admin.password=s3cret" })
@DirtiesContext
class CrossSiteBrowserIT extends BrowserTest {

	@TempDir
	static Path storeDir;

	@DynamicPropertySource
	static void store(DynamicPropertyRegistry registry) {
		registry.add("dashboard.store-dir", () -> storeDir.toString());
	}

	@LocalServerPort
	int port;

	private HttpServer attacker;

	private BrowserContext context;

	private final HttpClient http = HttpClient.newHttpClient();

	private final String editor = "Basic " + Base64.getEncoder().encodeToString("editor:s3cret".getBytes());

	private String app(String path) {
		return "http://localhost:" + port + path;
	}

	private String attackerUrl(String path) {
		return "http://127.0.0.1:" + attacker.getAddress().getPort() + path;
	}

	private HttpResponse<String> send(String method, String path, HttpRequest.BodyPublisher body, String... headers)
			throws IOException, InterruptedException {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(app(path))).method(method, body);
		for (int i = 0; i < headers.length; i += 2) {
			request.header(headers[i], headers[i + 1]);
		}
		return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	private JsonNode datasets() throws IOException, InterruptedException {
		return JsonMapper.shared().readTree(send("GET", "/api/datasets", HttpRequest.BodyPublishers.noBody()).body());
	}

	private int activeVersion() throws IOException, InterruptedException {
		for (JsonNode version : datasets().get("versions")) {
			if (version.path("active").asBoolean()) {
				return version.get("version").asInt();
			}
		}
		throw new AssertionError("no active version");
	}

	private String currentCsv() throws IOException, InterruptedException {
		return send("GET", "/datasets/current.csv", HttpRequest.BodyPublishers.noBody()).body();
	}

	/** A script (no Origin) uploads a second version and activates it, so that activating version 1 would show. */
	@BeforeEach
	void versionTwoIsActive() throws Exception {
		if (datasets().get("versions").size() < 2) {
			String boundary = "b0undary";
			String body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"v2.csv\"\r\n"
					+ "Content-Type: text/csv\r\n\r\n" + currentCsv() + "\r\n--" + boundary + "--\r\n";
			assertThat(send("POST", "/api/datasets", HttpRequest.BodyPublishers.ofString(body), "Authorization",
					editor, "Content-Type", "multipart/form-data; boundary=" + boundary).statusCode()).isEqualTo(201);
		}
		if (activeVersion() != 2) {
			assertThat(send("POST", "/api/datasets/2/activate", HttpRequest.BodyPublishers.noBody(),
					"Authorization", editor).statusCode()).isEqualTo(200);
		}
	}

	@BeforeEach
	void attackersSite() throws Exception {
		String evilCsv = currentCsv().replaceFirst("(?m)^(Belgium,BEL,2024,)[^,]*,", "$1" + "99999,");
		String csv = JsonMapper.shared().writeValueAsString(evilCsv);
		String target = app("");
		Map<String, String> pages = Map.of(
				"/fetch.html", "<!DOCTYPE html><title>working</title><script>\n"
						+ "(async () => {\n"
						+ "  const options = { method: 'POST', mode: 'no-cors', credentials: 'include' };\n"
						+ "  await fetch('" + target + "/api/datasets/1/activate', options).catch(() => {});\n"
						+ "  const form = new FormData();\n"
						+ "  form.append('file', new Blob([" + csv + "], { type: 'text/csv' }), 'nato.csv');\n"
						+ "  await fetch('" + target + "/api/datasets', { ...options, body: form }).catch(() => {});\n"
						+ "  await fetch('" + target + "/datasets/1/activate', options).catch(() => {});\n"
						+ "  document.title = 'done';\n"
						+ "})();\n</script>",
				"/activate.html", "<!DOCTYPE html><form id=f method=post action='" + target
						+ "/datasets/1/activate'></form><script>document.getElementById('f').submit()</script>",
				"/upload.html", "<!DOCTYPE html><form id=f method=post enctype=multipart/form-data action='" + target
						+ "/upload'><input type=file name=file id=file></form><script>\n"
						+ "const files = new DataTransfer();\n"
						+ "files.items.add(new File([" + csv + "], 'nato.csv', { type: 'text/csv' }));\n"
						+ "document.getElementById('file').files = files.files;\n"
						+ "document.getElementById('f').submit();\n</script>");
		attacker = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		pages.forEach((path, html) -> attacker.createContext(path, exchange -> {
			byte[] bytes = html.getBytes(StandardCharsets.UTF_8);
			exchange.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
			exchange.sendResponseHeaders(200, bytes.length);
			exchange.getResponseBody().write(bytes);
			exchange.close();
		}));
		attacker.start();
	}

	/**
	 * The editor's browser: signed in on the dashboard, and attaching the editor's Basic credentials to every request
	 * to it, whichever page makes it, as a browser does once it has cached them.
	 */
	@BeforeEach
	void signedInEditorsBrowser() {
		context = browser.newContext();
		context.route(app("/**"), route -> {
			Map<String, String> headers = new java.util.HashMap<>(route.request().headers());
			headers.put("authorization", editor);
			route.resume(new Route.ResumeOptions().setHeaders(headers));
		});
		Page page = context.newPage();
		page.navigate(app("/login"));
		page.getByLabel("User name").fill("editor");
		page.getByLabel("Password").fill("s3cret");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")).click();
		page.waitForURL(url -> !url.contains("/login"));
		page.close();
	}

	@AfterEach
	void close() {
		if (context != null) {
			context.close();
		}
		if (attacker != null) {
			attacker.stop(0);
		}
	}

	/** Opens an attacker's page and returns the status of every request it made to the dashboard. */
	private Map<String, Integer> attack(String attackerPage, boolean waitForDone) {
		Map<String, Integer> answers = new ConcurrentHashMap<>();
		Page page = context.newPage();
		page.onResponse(response -> {
			if (response.url().startsWith(app("/")) && "POST".equals(response.request().method())) {
				answers.put(response.url().substring(app("").length()), response.status());
			}
		});
		page.navigate(attackerUrl(attackerPage));
		if (waitForDone) {
			page.waitForCondition(() -> "done".equals(page.title()));
		}
		else {
			page.waitForURL(url -> url.startsWith(app("/")));
			page.waitForLoadState();
		}
		page.close();
		return answers;
	}

	@Test
	void anotherOriginsFetchWithTheEditorsCredentialsCannotActivateOrUpload() throws Exception {
		Map<String, Integer> answers = attack("/fetch.html", true);

		assertThat(answers).containsOnlyKeys("/api/datasets/1/activate", "/api/datasets", "/datasets/1/activate")
			.allSatisfy((path, status) -> assertThat(status).as(path).isEqualTo(403));
		assertThat(activeVersion()).isEqualTo(2);
		assertThat(datasets().get("versions")).hasSize(2);
		assertThat(currentCsv()).doesNotContain("Belgium,BEL,2024,99999,");

		// The control: the same request from the dashboard's own page goes through, with the same credentials.
		Page own = context.newPage();
		own.navigate(app("/"));
		Object status = own.evaluate("async url => (await fetch(url, { method: 'POST', credentials: 'include' })).status",
				app("/api/datasets/1/activate"));
		own.close();
		assertThat(status).isEqualTo(200);
		assertThat(activeVersion()).isEqualTo(1);
	}

	@Test
	void anotherOriginsFormPostsCannotActivateOrUpload() throws Exception {
		for (String page : List.of("/activate.html", "/upload.html")) {
			Map<String, Integer> answers = attack(page, false);
			assertThat(answers).as(page).hasSize(1);
			assertThat(answers.values()).as(page).allSatisfy(status -> assertThat(status).isEqualTo(403));
		}
		assertThat(activeVersion()).isEqualTo(2);
		assertThat(datasets().get("versions")).hasSize(2);
		assertThat(currentCsv()).doesNotContain("Belgium,BEL,2024,99999,");
	}

}
