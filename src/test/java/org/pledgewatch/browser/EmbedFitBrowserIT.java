package org.pledgewatch.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.microsoft.playwright.Frame;
import com.microsoft.playwright.Page;
import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Issue 20 §6: a newsroom pastes the embed code the dashboard offers into an article on another origin. At host widths
 * of 390 and 800 px the frame shows the whole chart (Belgium's bar among the others), the source line and the link
 * back: with the code's script the frame takes the embed's height; without it, the code's height is enough.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class EmbedFitBrowserIT extends BrowserTest {

	@LocalServerPort
	private int port;

	private HttpServer newsroom;

	@AfterEach
	void stopNewsroom() {
		if (newsroom != null) {
			newsroom.stop(0);
		}
	}

	@ParameterizedTest(name = "{0} px, script: {1}")
	@CsvSource({ "390, true", "800, true", "390, false", "800, false" })
	void theOfferedEmbedCodeShowsTheWholeChartWithItsSourceAndTheLinkBack(int width, boolean script)
			throws IOException, InterruptedException {
		String code = offeredEmbedCode();
		assertThat(code).contains("/embed/shares?").contains("version=");
		if (!script) {
			code = code.substring(0, code.indexOf("<script>"));
		}
		String article = "<!DOCTYPE html><html lang=\"en\"><head><meta name=\"viewport\" content=\"width=device-width\">"
				+ "<title>An article</title><style>body{margin:0;font-family:serif}</style></head><body>"
				+ "<h1>Defence spending</h1><p>Belgium reached 2% in 2025.</p>" + code + "<p>The end.</p></body></html>";
		serve(article);

		Page page = watched(browser.newPage(new com.microsoft.playwright.Browser.NewPageOptions()
			.setViewportSize(width, 900)));
		try {
			page.navigate("http://127.0.0.1:" + newsroom.getAddress().getPort() + "/");
			Frame frame = page.waitForSelector("iframe[data-pledgewatch-embed]").contentFrame();
			frame.waitForSelector("#embed-chart[data-rendered=true]");
			if (script) {
				// The frame takes the embed's own height once the embed has posted it.
				page.waitForFunction("() => document.querySelector('iframe[data-pledgewatch-embed]').style.height !== ''");
				page.waitForTimeout(300);
				double content = ((Number) frame.evaluate(
						"() => document.documentElement.getBoundingClientRect().height")).doubleValue();
				double framed = ((Number) page.evaluate(
						"() => document.querySelector('iframe[data-pledgewatch-embed]').getBoundingClientRect().height"))
					.doubleValue();
				assertThat(framed).as("the frame takes the embed's height").isCloseTo(content,
						org.assertj.core.data.Offset.offset(2.0));
			}
			double frameHeight = ((Number) frame.evaluate("() => window.innerHeight")).doubleValue();
			for (String inside : new String[] { "#embed-chart", "[data-testid=embed-source]",
					"[data-testid=embed-source] a[target=_top]" }) {
				double bottom = ((Number) frame.evaluate("s => document.querySelector(s).getBoundingClientRect().bottom",
						inside)).doubleValue();
				assertThat(bottom).as("%s at %d px (frame %s px high)", inside, width, frameHeight)
					.isLessThanOrEqualTo(frameHeight);
			}
			double contentHeight = ((Number) frame.evaluate("() => document.documentElement.scrollHeight")).doubleValue();
			assertThat(contentHeight).as("nothing cut off at %d px", width).isLessThanOrEqualTo(frameHeight);
			assertThat(frame.textContent("[data-testid=embed-source]")).contains("NATO, Defence Expenditure of NATO Countries");
			// Belgium's bar is one of the chart's bars: the chart data the embed drew includes it.
			assertThat(frame.evaluate("() => Chart.getChart(document.getElementById('embed-chart')).data.labels.some(l => String(l).includes('Belgium'))"))
				.isEqualTo(true);
			assertThat(consoleErrors).isEmpty();
		}
		finally {
			page.close();
		}
	}

	/** The first embed code under the dashboard's charts, as a reader copies it. */
	private String offeredEmbedCode() throws IOException, InterruptedException {
		String dashboard = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/")).build(),
					HttpResponse.BodyHandlers.ofString())
			.body();
		Matcher code = Pattern.compile("data-testid=\"embed-code\"[^>]*>([^<]*)</textarea>").matcher(dashboard);
		assertThat(code.find()).isTrue();
		return code.group(1).replace("&quot;", "\"").replace("&lt;", "<").replace("&gt;", ">").replace("&#39;", "'")
			.replace("&amp;", "&");
	}

	private void serve(String article) throws IOException {
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

}
