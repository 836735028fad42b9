package org.pledgewatch.browser;

import java.util.ArrayList;
import java.util.List;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/**
 * One Debian Chromium per test class (see {@link Chromium}), and pages that record what a user would see in the
 * developer console: console errors and uncaught exceptions.
 */
abstract class BrowserTest {

	private static Playwright playwright;

	protected static Browser browser;

	protected final List<String> consoleErrors = new ArrayList<>();

	@BeforeAll
	static void launchChromium() {
		Chromium.assumeInstalled();
		playwright = Chromium.playwright();
		browser = Chromium.launch(playwright);
	}

	@AfterAll
	static void closeChromium() {
		if (playwright != null) {
			playwright.close();
			playwright = null;
		}
	}

	/** Records the page's console errors and uncaught exceptions in {@link #consoleErrors}. */
	protected Page watched(Page page) {
		page.onConsoleMessage(message -> {
			if ("error".equals(message.type())) {
				consoleErrors.add(message.text());
			}
		});
		page.onPageError(consoleErrors::add);
		return page;
	}

}
