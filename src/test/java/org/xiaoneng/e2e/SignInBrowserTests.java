package org.xiaoneng.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.xiaoneng.platform.security.AccountManagement;
import org.xiaoneng.platform.security.NewAccount;
import org.xiaoneng.platform.security.Role;
import org.xiaoneng.testing.IntegrationTest;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;

/**
 * A staff member signs in with the browser as a person would: first sign-in with the one-time password from the
 * security administrator, the forced password change, the dashboard, the language switch, signing out; and a
 * wrong password that is refused, five times, until the sixth attempt finds the account locked.
 */
@IntegrationTest
class SignInBrowserTests {

	private static final AtomicInteger ACCOUNTS = new AtomicInteger();

	private static final String NEW_PASSWORD = "Window-Clerk-2026";

	@Autowired
	AccountManagement accounts;

	@LocalServerPort
	int port;

	BrowserContext browser;

	Page page;

	@BeforeEach
	void openBrowser() {
		browser = Chromium.browser().newContext(new Browser.NewContextOptions().setLocale("zh-CN"));
		page = browser.newPage();
	}

	@AfterEach
	void closeBrowser() {
		browser.close();
	}

	@Test
	void aClerkSignsInSeesTheDashboardSwitchesToEnglishAndSignsOut() {
		String[] account = newWindowClerk();

		signIn(account[0], account[1]);
		page.locator("#current-password").fill(account[1]);
		page.locator("#new-password").fill(NEW_PASSWORD);
		page.locator("#confirm-password").fill(NEW_PASSWORD);
		page.locator("#password-submit").click();

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
		page.navigate(url("/"));
		assertThat(page.locator("#login-submit")).isVisible();
	}

	@Test
	void aWrongPasswordIsRefusedAndTheSixthAttemptFindsTheAccountLocked() {
		String[] account = newWindowClerk();

		for (int attempt = 1; attempt <= 5; attempt++) {
			signIn(account[0], "Not-The-Password-1");
			assertThat(page.locator("#login-error")).containsText("用户名或密码错误");
		}
		signIn(account[0], account[1]);

		assertThat(page.locator("#login-error")).containsText("锁定");
		assertThat(page.locator("#dashboard")).hasCount(0);
	}

	private void signIn(String username, String password) {
		page.navigate(url("/login"));
		page.locator("#username").fill(username);
		page.locator("#password").fill(password);
		page.locator("#login-submit").click();
	}

	/** A window clerk created by the security administrator; returns the user name and the one-time password. */
	private String[] newWindowClerk() {
		var admin = UsernamePasswordAuthenticationToken.authenticated("browser-secadmin", null,
				AuthorityUtils.createAuthorityList(Role.SECURITY_ADMIN.authority()));
		SecurityContextHolder.getContext().setAuthentication(admin);
		try {
			String username = "browser-clerk-" + ACCOUNTS.incrementAndGet();
			var created = accounts.create(new NewAccount(username, "王小窗", Set.of(Role.WINDOW_CLERK)));
			return new String[] { username, created.oneTimePassword() };
		}
		finally {
			SecurityContextHolder.clearContext();
		}
	}

	private String url(String path) {
		return "http://localhost:" + port + path;
	}
}
