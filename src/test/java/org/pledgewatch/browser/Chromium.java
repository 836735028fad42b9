package org.pledgewatch.browser;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Playwright;
import org.junit.jupiter.api.Assumptions;

/**
 * Launches Debian's Chromium through Playwright; never downloads a browser. Without /usr/bin/chromium the browser
 * tests are skipped on a developer's machine, but fail in CI (CI=true), where .ci/run installs it.
 */
public final class Chromium {

	public static final Path EXECUTABLE = Path.of(System.getenv().getOrDefault("CHROMIUM_PATH", "/usr/bin/chromium"));

	private static final List<String> ARGS = List.of("--no-sandbox", "--disable-gpu", "--disable-background-networking",
			"--disable-component-update", "--disable-sync", "--no-first-run");

	private Chromium() {
	}

	/** Skips the calling test outside CI when Chromium is not installed. */
	public static void assumeInstalled() {
		boolean installed = Files.isExecutable(EXECUTABLE);
		if (!installed && "true".equals(System.getenv("CI"))) {
			throw new IllegalStateException(EXECUTABLE + " is missing: .ci/run must install Debian's chromium");
		}
		Assumptions.assumeTrue(installed, "Chromium not installed (apt-get install -y chromium); browser test skipped");
	}

	public static Browser launch(Playwright playwright) {
		return playwright.chromium()
			.launch(new BrowserType.LaunchOptions().setExecutablePath(EXECUTABLE).setHeadless(true).setArgs(ARGS));
	}

	/** Playwright without its browser download: the driver is in the jar, the browser is Debian's. */
	public static Playwright playwright() {
		return Playwright.create(new Playwright.CreateOptions()
			.setEnv(java.util.Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
	}

}
