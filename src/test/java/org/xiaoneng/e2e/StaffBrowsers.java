package org.xiaoneng.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.xiaoneng.platform.security.AccountManagement;
import org.xiaoneng.platform.security.NewAccount;
import org.xiaoneng.platform.security.Role;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;

/**
 * Staff in the browser as they really start: an account made by the security administrator, a Chinese browser of
 * its own, the first sign-in with the one-time password and the forced change of it. Closing it closes the browsers.
 */
final class StaffBrowsers implements AutoCloseable {

	/** The password every test account changes to; it contains no user name, so the policy accepts it for all. */
	static final String NEW_PASSWORD = "Efficiency-Check-2026";

	/** A new account: its user name and the one-time password the security administrator hands over. */
	record Account(String username, String oneTimePassword) {
	}

	private final int port;

	private final List<BrowserContext> browsers = new ArrayList<>();

	StaffBrowsers(int port) {
		this.port = port;
	}

	/** Creates an account as the security administrator does. */
	static Account newAccount(AccountManagement accounts, String username, String displayName, Role role) {
		return as("browser-secadmin", Role.SECURITY_ADMIN, () -> new Account(username,
				accounts.create(new NewAccount(username, displayName, Set.of(role))).oneTimePassword()));
	}

	/** Runs a facade call as the named user with one role, as after a full sign-in. */
	static <T> T as(String username, Role role, Supplier<T> action) {
		SecurityContext previous = SecurityContextHolder.getContext();
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(username, null,
				AuthorityUtils.createAuthorityList(role.authority())));
		SecurityContextHolder.setContext(context);
		try {
			return action.get();
		}
		finally {
			SecurityContextHolder.setContext(previous);
		}
	}

	/** A page in a new Chinese browser, signed in as nobody. */
	Page open() {
		BrowserContext browser = Chromium.browser().newContext(new Browser.NewContextOptions().setLocale("zh-CN"));
		browsers.add(browser);
		return browser.newPage();
	}

	/** Fills in the sign-in form on the page. */
	void submitSignIn(Page page, String username, String password) {
		page.navigate(url("/login"));
		page.locator("#username").fill(username);
		page.locator("#password").fill(password);
		page.locator("#login-submit").click();
	}

	/** Fills in the forced password change after a first sign-in. */
	void changeOneTimePassword(Page page, Account account) {
		page.locator("#current-password").fill(account.oneTimePassword());
		page.locator("#new-password").fill(NEW_PASSWORD);
		page.locator("#confirm-password").fill(NEW_PASSWORD);
		page.locator("#password-submit").click();
	}

	/** A new browser where the account has signed in for the first time and now stands on the dashboard. */
	Page signIn(Account account) {
		Page page = open();
		submitSignIn(page, account.username(), account.oneTimePassword());
		changeOneTimePassword(page, account);
		assertThat(page.locator("#dashboard")).isVisible();
		return page;
	}

	/**
	 * The first sign-in of a role that needs a second factor (a supervisor): it is enrolled with a code computed from
	 * the secret shown, at the instant of the application's clock.
	 */
	Page signInWithSecondFactor(Account account, Instant now) {
		Page page = open();
		submitSignIn(page, account.username(), account.oneTimePassword());
		String secret = page.locator("#totp-secret").textContent().strip();
		page.locator("#totp-code").fill(totp(secret, now));
		page.locator("#totp-submit").click();
		changeOneTimePassword(page, account);
		assertThat(page.locator("#dashboard")).isVisible();
		return page;
	}

	/** RFC 6238 TOTP (HMAC-SHA1, 30-second steps, 6 digits) of a Base32 secret at the instant. */
	private static String totp(String base32, Instant now) {
		String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
		java.io.ByteArrayOutputStream key = new java.io.ByteArrayOutputStream();
		int buffer = 0;
		int bits = 0;
		for (char c : base32.replace("=", "").replace(" ", "").toUpperCase(java.util.Locale.ROOT).toCharArray()) {
			buffer = (buffer << 5) | alphabet.indexOf(c);
			bits += 5;
			if (bits >= 8) {
				key.write((buffer >> (bits - 8)) & 0xff);
				bits -= 8;
			}
		}
		try {
			javax.crypto.Mac mac = javax.crypto.Mac.getInstance("HmacSHA1");
			mac.init(new javax.crypto.spec.SecretKeySpec(key.toByteArray(), "HmacSHA1"));
			long step = Math.floorDiv(now.getEpochSecond(), 30);
			byte[] hash = mac.doFinal(java.nio.ByteBuffer.allocate(Long.BYTES).putLong(step).array());
			int offset = hash[hash.length - 1] & 0x0f;
			int binary = ((hash[offset] & 0x7f) << 24) | ((hash[offset + 1] & 0xff) << 16)
					| ((hash[offset + 2] & 0xff) << 8) | (hash[offset + 3] & 0xff);
			return String.format("%06d", binary % 1_000_000);
		}
		catch (java.security.GeneralSecurityException e) {
			throw new IllegalStateException(e);
		}
	}

	String url(String path) {
		return "http://localhost:" + port + path;
	}

	@Override
	public void close() {
		browsers.forEach(BrowserContext::close);
	}
}
