package org.pledgewatch.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.LoadState;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * axe-core (from its webjar, injected from the classpath, never fetched) finds no serious or critical accessibility
 * violation on the pages, in each language and with The Hague's targets, once the charts are drawn.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class AccessibilityBrowserIT extends BrowserTest {

	private static final String AXE = "META-INF/resources/webjars/axe-core/4.6.3/axe.min.js";

	private static String axe;

	@LocalServerPort
	private int port;

	@BeforeAll
	static void loadAxe() throws IOException {
		try (InputStream in = AccessibilityBrowserIT.class.getClassLoader().getResourceAsStream(AXE)) {
			assertThat(in).as(AXE + " on the test classpath").isNotNull();
			axe = new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
	}

	@ParameterizedTest
	@ValueSource(strings = { "/", "/?lang=nl", "/?lang=fr&target=3.5", "/?lang=de&target=5", "/countries/BEL",
			"/countries/BEL?lang=nl&target=3.5", "/countries/BEL?lang=fr", "/countries/NLD?lang=de", "/compare",
			"/compare?lang=fr&target=5", "/map", "/map?lang=nl&target=3.5&year=2024", "/embed/map?lang=de",
			"/embed/shares" })
	void noSeriousOrCriticalViolation(String path) {
		// The site's Content-Security-Policy forbids inline scripts; axe is injected as one, so the test bypasses it.
		try (BrowserContext context = browser.newContext(new Browser.NewContextOptions().setBypassCSP(true))) {
			Page page = context.newPage();
			page.navigate("http://localhost:" + port + path);
			page.waitForLoadState(LoadState.NETWORKIDLE);
			page.waitForFunction("() => [...document.querySelectorAll('canvas[data-chart]')].every(c => c.dataset.rendered === 'true')");
			page.addScriptTag(new Page.AddScriptTagOptions().setContent(axe));
			@SuppressWarnings("unchecked")
			List<Map<String, Object>> violations = (List<Map<String, Object>>) page.evaluate("""
					async () => {
					  const result = await axe.run(document, { resultTypes: ['violations'] });
					  return result.violations
					    .filter(v => v.impact === 'serious' || v.impact === 'critical')
					    .map(v => ({ id: v.id, impact: v.impact, help: v.help,
					                 nodes: v.nodes.slice(0, 3).map(n => n.target.join(' ')).join(' | ') }));
					}""");
			assertThat(violations).as("axe violations on " + path).isEmpty();
		}
	}

}
