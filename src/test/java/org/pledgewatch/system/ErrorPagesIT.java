package org.pledgewatch.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** What a real server answers where no controller does: JSON under /api, the site's page elsewhere. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ErrorPagesIT {

	private final HttpClient http = HttpClient.newHttpClient();

	@LocalServerPort
	private int port;

	private HttpResponse<String> send(String method, String path, String accept) throws IOException, InterruptedException {
		HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
			.header("Accept", accept)
			.method(method, HttpRequest.BodyPublishers.noBody())
			.build();
		return http.send(request, HttpResponse.BodyHandlers.ofString());
	}

	@Test
	void unknownApiPathIsJson404EvenForABrowser() throws Exception {
		HttpResponse<String> response = send("GET", "/api/nothing-here", "text/html");
		assertThat(response.statusCode()).isEqualTo(404);
		assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/json"));
		assertThat(response.body()).contains("\"status\":404").contains("\"error\":");
	}

	@Test
	void wrongMethodOnTheApiIsJson405() throws Exception {
		HttpResponse<String> response = send("DELETE", "/api/compliance", "application/json");
		assertThat(response.statusCode()).isEqualTo(405);
		assertThat(response.body()).contains("\"status\":405");
	}

	@Test
	void unknownPageIsA404PageInTheSiteLayoutWithoutAStackTrace() throws Exception {
		HttpResponse<String> response = send("GET", "/no/such/page", "text/html");
		assertThat(response.statusCode()).isEqualTo(404);
		assertThat(response.body()).contains("There is no such page.", "class=\"site-header\"")
			.doesNotContain("Whitelabel", "Exception", "at org.");
	}

	@Test
	void askingForTheErrorPageItselfIsA404NotA500() throws Exception {
		HttpResponse<String> page = send("GET", "/error", "text/html");
		assertThat(page.statusCode()).isEqualTo(404);
		assertThat(page.body()).contains("There is no such page.", "class=\"site-header\"");
		// A write without a CSRF token is refused before it reaches the page: a 4xx, never a 500.
		assertThat(send("POST", "/error", "text/html").statusCode()).isBetween(400, 499);
		HttpResponse<String> json = send("GET", "/error", "application/json");
		assertThat(json.statusCode()).isEqualTo(404);
		assertThat(send("GET", "/error?status=500", "text/html").statusCode()).isEqualTo(404);
	}

	@Test
	void shippedDatasetIsServedFromTheJarsClasspath() throws Exception {
		HttpResponse<String> response = send("GET", "/api/summary?year=2025", "application/json");
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body()).contains("\"alliesMeetingTarget\":30");
	}

}
