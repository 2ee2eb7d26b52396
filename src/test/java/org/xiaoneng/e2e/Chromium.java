package org.xiaoneng.e2e;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;

/**
 * One headless Chromium for all browser tests of a JVM: Debian's {@code /usr/bin/chromium} (or
 * {@code XIAONENG_CHROMIUM}), driven by Playwright without downloading a browser of its own. Each test opens its own
 * browser context, so cookies and sessions never leak between tests.
 */
final class Chromium {

	private static final List<String> ARGS = List.of("--no-sandbox", "--disable-gpu", "--disable-background-networking",
			"--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic");

	private static Browser browser;

	private Chromium() {
	}

	static synchronized Browser browser() {
		if (browser == null) {
			Playwright playwright = Playwright
				.create(new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
			String executable = System.getenv().getOrDefault("XIAONENG_CHROMIUM", "/usr/bin/chromium");
			browser = playwright.chromium()
				.launch(new BrowserType.LaunchOptions().setExecutablePath(Path.of(executable)).setHeadless(true).setArgs(ARGS));
			Runtime.getRuntime().addShutdownHook(new Thread(playwright::close));
		}
		return browser;
	}

	/** A phone held upright (390 × 844 CSS pixels, touch, Chinese), as the public opens the portal from a QR code or a text. */
	static BrowserContext phone() {
		return browser().newContext(new Browser.NewContextOptions().setLocale("zh-CN")
			.setViewportSize(390, 844)
			.setDeviceScaleFactor(3)
			.setIsMobile(true)
			.setHasTouch(true));
	}

	/**
	 * Saves what the page shows now as {@code target/screenshots/<name>.png}, for a person to look at after the run;
	 * never into the sources (the README's pictures in {@code docs/screenshots} are taken by hand from the demo).
	 */
	static void screenshot(Page page, String name) {
		page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target", "screenshots", name + ".png")));
	}
}
