package org.xiaoneng.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.xiaoneng.platform.security.AccountManagement;
import org.xiaoneng.platform.security.Role;
import org.xiaoneng.testing.IntegrationTest;

import com.microsoft.playwright.Page;

/**
 * A staff member signs in with the browser as a person would: first sign-in with the one-time password from the
 * security administrator, the forced password change, the dashboard, the language switch, signing out; and a
 * wrong password that is refused, five times, until the sixth attempt finds the account locked.
 */
@IntegrationTest
class SignInBrowserTests {

	private static final AtomicInteger ACCOUNTS = new AtomicInteger();

	@Autowired
	AccountManagement accounts;

	@LocalServerPort
	int port;

	StaffBrowsers browsers;

	Page page;

	@BeforeEach
	void openBrowser() {
		browsers = new StaffBrowsers(port);
		page = browsers.open();
	}

	@AfterEach
	void closeBrowser() {
		browsers.close();
	}

	@Test
	void aClerkSignsInSeesTheDashboardSwitchesToEnglishAndSignsOut() {
		StaffBrowsers.Account account = newWindowClerk();

		browsers.submitSignIn(page, account.username(), account.oneTimePassword());
		browsers.changeOneTimePassword(page, account);

		assertThat(page.locator("#dashboard")).isVisible();
		assertThat(page.locator("#user-name")).hasText("王小窗");
		assertThat(page.locator("html")).hasAttribute("lang", "zh-CN");
		assertThat(page.locator("#logout")).hasText("退出");

		page.locator("#lang-switch").click();
		assertThat(page.locator("html")).hasAttribute("lang", "en");
		assertThat(page.locator("#logout")).hasText("Sign out");
		page.navigate(url("/"));
		assertThat(page.locator("#dashboard")).isVisible();
		assertThat(page.locator("#logout")).hasText("Sign out");

		page.locator("#logout").click();
		assertThat(page.locator("#login-submit")).isVisible();
		// signed out, the site's address is the citizens' portal, whose footer leads staff back to sign-in
		page.navigate(url("/"));
		page.locator("#staff-login").click();
		assertThat(page.locator("#login-submit")).isVisible();
	}

	@Test
	void aWrongPasswordIsRefusedAndTheSixthAttemptFindsTheAccountLocked() {
		StaffBrowsers.Account account = newWindowClerk();

		for (int attempt = 1; attempt <= 5; attempt++) {
			browsers.submitSignIn(page, account.username(), "Not-The-Password-1");
			assertThat(page.locator("#login-error")).containsText("用户名或密码错误");
		}
		browsers.submitSignIn(page, account.username(), account.oneTimePassword());

		assertThat(page.locator("#login-error")).containsText("锁定");
		assertThat(page.locator("#dashboard")).hasCount(0);
	}

	private StaffBrowsers.Account newWindowClerk() {
		return StaffBrowsers.newAccount(accounts, "browser-clerk-" + ACCOUNTS.incrementAndGet(), "王小窗",
				Role.WINDOW_CLERK);
	}

	private String url(String path) {
		return browsers.url(path);
	}
}
