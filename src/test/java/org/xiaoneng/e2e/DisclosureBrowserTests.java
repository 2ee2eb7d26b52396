package org.xiaoneng.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.xiaoneng.disclosure.DisclosureUnit;
import org.xiaoneng.organization.Organization;
import org.xiaoneng.platform.security.AccountManagement;
import org.xiaoneng.platform.security.Role;
import org.xiaoneng.testing.IntegrationTest;

import com.microsoft.playwright.Page;

/**
 * An editor drafts the month's 低保 report with the case worker's mobile number in it: it cannot go to review, and the
 * page shows where the number is, masked. Once the editor takes the number out, a second editor clears it in the
 * confidentiality review, the first publishes it, and the public finds it on the portal.
 */
@IntegrationTest
class DisclosureBrowserTests {

	@Autowired
	Organization organization;

	@Autowired
	AccountManagement accounts;

	@LocalServerPort
	int port;

	private StaffBrowsers browsers;

	@AfterEach
	void closeBrowsers() {
		if (browsers != null) {
			browsers.close();
		}
	}

	@Test
	void anItemWithAMobileNumberIsBlockedWithItsPlaceShownAndOnceFixedIsReviewedPublishedAndOnThePortal() {
		browsers = new StaffBrowsers(port);
		DisclosureUnit unit = new DisclosureUnit(organization);
		StaffBrowsers.Account editorAccount = StaffBrowsers.newAccount(accounts, unit.username("e"), "编辑甲",
				Role.DISCLOSURE_EDITOR);
		StaffBrowsers.Account reviewerAccount = StaffBrowsers.newAccount(accounts, unit.username("r"), "编辑乙",
				Role.DISCLOSURE_EDITOR);
		String title = "城乡低保发放情况" + unit.tag;

		Page editor = browsers.signIn(editorAccount);
		editor.locator("#main-nav a[href='/disclosure/items']").click();
		editor.locator("#new-item").click();
		editor.locator("#item-category").selectOption("MINIMUM_LIVING_SECURITY");
		editor.locator("#item-cadence").selectOption("MONTHLY");
		editor.locator("#item-title").fill(title);
		editor.locator("#item-body").fill("本月发放低保金120户。\n经办人手机13800138000，欢迎咨询。");
		editor.locator("#item-basis").fill("《社会救助暂行办法》");
		editor.locator("#item-save").click();
		assertThat(editor.locator("#item-status")).hasText("草稿");

		// the number is found before anything is submitted, with its place
		assertThat(editor.locator("#findings .finding")).hasCount(1);
		assertThat(editor.locator("#findings .finding-place")).hasText("正文第 2 行");
		assertThat(editor.locator("#findings")).containsText("138****8000");
		editor.locator("#item-submit").click();
		assertThat(editor.locator("#item-error")).containsText("正文第 2 行");
		assertThat(editor.locator("#item-error")).containsText("138****8000");
		assertThat(editor.locator("#item-status")).hasText("草稿");

		editor.locator("#item-body").fill("本月发放低保金120户。\n咨询电话：县民政局办公室。");
		editor.locator("#item-save").click();
		assertThat(editor.locator("#findings")).hasCount(0);
		editor.locator("#item-submit").click();
		assertThat(editor.locator("#item-status")).hasText("保密审查中");
		String itemPage = editor.url();

		Page reviewer = browsers.signIn(reviewerAccount);
		reviewer.locator("#main-nav a[href='/disclosure/reviews']").click();
		reviewer.locator("#reviews a", new Page.LocatorOptions().setHasText(title)).click();
		reviewer.locator("#item-clear").click();
		assertThat(reviewer.locator("#item-status")).hasText("审查通过");

		editor.navigate(itemPage);
		editor.locator("#item-publish").click();
		assertThat(editor.locator("#item-status")).hasText("已发布");

		Page citizen = browsers.open();
		citizen.navigate(browsers.url("/portal"));
		citizen.locator("#portal-disclosure").click();
		citizen.locator("#disclosure-query").fill("低保发放" + unit.tag);
		citizen.locator("#disclosure-search-submit").click();
		citizen.locator("#disclosure-results a", new Page.LocatorOptions().setHasText(title)).click();
		assertThat(citizen.locator("#disclosure-title")).hasText(title);
		assertThat(citizen.locator("#disclosure-body")).containsText("咨询电话：县民政局办公室");
		assertThat(citizen.locator("#disclosure-elements")).containsText("《社会救助暂行办法》");
	}
}
