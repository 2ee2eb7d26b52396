package org.xiaoneng.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import com.microsoft.playwright.BrowserContext;

/**
 * The accessibility check finds what it must, so that a page passing it means something: on a page with an image
 * without text, a select without a name and white text on a light grey, axe names each rule and where it broke,
 * and marks them serious or critical; the same page mended passes. No application is needed, only the browser.
 */
class AccessibilityCheckTests {

	@Test
	void axeNamesEachSeriousViolationWithItsPlaceAndPassesThePageOnceMended() {
		String broken = """
				<!DOCTYPE html><html lang="zh-CN"><head><title>测试</title></head><body><main>
				<h1>测试</h1><img id="photo" src="data:image/gif;base64,R0lGODlhAQABAAAAACw=">
				<select id="leader"><option>甲</option></select>
				<p id="faint" style="color:#fff;background:#f0f3f6">看不清</p></main></body></html>""";
		String mended = broken.replace("<img id=\"photo\"", "<img id=\"photo\" alt=\"照片\"")
			.replace("<select id=\"leader\">", "<select id=\"leader\" aria-label=\"代理人\">")
			.replace("color:#fff", "color:#1f2328");
		try (BrowserContext browser = Chromium.browser().newContext()) {
			var page = browser.newPage();
			page.setContent(broken);
			List<Accessibility.Violation> found = Accessibility.violations(page)
				.stream()
				.filter(Accessibility.Violation::failing)
				.toList();
			assertThat(found).extracting(Accessibility.Violation::rule)
				.containsExactlyInAnyOrder("image-alt", "select-name", "color-contrast");
			assertThat(found).allSatisfy(v -> assertThat(v.targets()).singleElement(
					org.assertj.core.api.InstanceOfAssertFactories.STRING).startsWith("#"));

			page.setContent(mended);
			assertThat(Accessibility.violations(page).stream().filter(Accessibility.Violation::failing)).isEmpty();
		}
	}
}
