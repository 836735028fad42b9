package org.pledgewatch.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;

import com.microsoft.playwright.Frame;
import com.microsoft.playwright.Page;
import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A newsroom's page on another origin (a second server on 127.0.0.1, the application on localhost) frames the embeds:
 * they render there, chart, map and source, while the dashboard refuses to be framed.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class EmbedFramingBrowserIT extends BrowserTest {

	@LocalServerPort
	private int port;

	private HttpServer newsroom;

	@BeforeEach
	void startNewsroom() throws IOException {
		String app = "http://localhost:" + port;
		String article = "<!DOCTYPE html><html lang=\"en\"><head><title>An article</title></head><body>"
				+ "<h1>Defence spending</h1>"
				+ "<iframe id=\"shares\" title=\"shares\" src=\"" + app + "/embed/shares?year=2025\" width=\"800\" height=\"900\"></iframe>"
				+ "<iframe id=\"map\" title=\"map\" src=\"" + app + "/embed/map?year=2024&amp;lang=fr\" width=\"800\" height=\"800\"></iframe>"
				+ "<iframe id=\"dashboard\" title=\"dashboard\" src=\"" + app + "/?year=2025\" width=\"800\" height=\"400\"></iframe>"
				+ "</body></html>";
		newsroom = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		newsroom.createContext("/", exchange -> {
			byte[] body = article.getBytes(StandardCharsets.UTF_8);
			exchange.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
			exchange.sendResponseHeaders(200, body.length);
			exchange.getResponseBody().write(body);
			exchange.close();
		});
		newsroom.start();
	}

	@AfterEach
	void stopNewsroom() {
		newsroom.stop(0);
	}

	@Test
	void embedsRenderInAnotherSitesPageAndTheDashboardDoesNot() {
		Page page = watched(browser.newPage());
		try {
			page.navigate("http://127.0.0.1:" + newsroom.getAddress().getPort() + "/");
			Frame shares = page.waitForSelector("#shares").contentFrame();
			shares.waitForSelector("#embed-chart[data-rendered=true]");
			assertThat(shares.textContent("h1")).isEqualTo("Defence expenditure as % of GDP, 2025");
			assertThat(shares.textContent("[data-testid=embed-source]")).contains("NATO, Defence Expenditure of NATO Countries");

			Frame map = page.waitForSelector("#map").contentFrame();
			map.waitForSelector("path[data-iso3=BEL]");
			assertThat(map.isVisible("[data-testid=map-highlight]")).isTrue();
			assertThat(map.textContent("[data-testid=map-label]")).startsWith("Belgique 1,29");

			Frame dashboard = page.waitForSelector("#dashboard").contentFrame();
			dashboard.waitForLoadState();
			assertThat(dashboard.locator("[data-testid=allies-meeting]").count()).as("the dashboard is not framable")
				.isZero();
			assertThat(consoleErrors).allMatch(e -> e.contains("frame-ancestors") || e.contains("Refused"));
		}
		finally {
			page.close();
		}
	}

}
