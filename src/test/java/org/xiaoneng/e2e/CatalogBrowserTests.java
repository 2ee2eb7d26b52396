package org.xiaoneng.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.xiaoneng.catalog.CatalogTestUnits;
import org.xiaoneng.catalog.ServiceCatalog;
import org.xiaoneng.organization.Organization;
import org.xiaoneng.platform.security.AccountManagement;
import org.xiaoneng.platform.security.Role;
import org.xiaoneng.testing.IntegrationTest;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Page;

/**
 * 服务承诺制 in the browser: a handler drafts an item and sees the promise of 14 of 20 working days refused and 13
 * accepted, submits it, the department head publishes it, and anyone without a login finds it in the public search,
 * reads its guide, prints the PDF guide naming every material, and sees the unit's commitment with "暂无数据".
 */
@IntegrationTest
class CatalogBrowserTests {

	@Autowired
	AccountManagement accounts;

	@Autowired
	Organization organization;

	@Autowired
	ServiceCatalog catalog;

	@LocalServerPort
	int port;

	StaffBrowsers browsers;

	@BeforeEach
	void openBrowsers() {
		browsers = new StaffBrowsers(port);
	}

	@AfterEach
	void closeBrowsers() {
		browsers.close();
	}

	@Test
	void anItemKeepsTheTwoThirdsRuleIsPublishedAndItsGuideAndPdfArePublic() throws Exception {
		CatalogTestUnits.Published unit = CatalogTestUnits.publishedFoodLicence(organization, catalog, "浏览器食品经营许可");
		unit.publishCommitment(catalog);
		long windowPost = unit.item().steps().get(0).postId();
		long reviewPost = unit.item().steps().get(1).postId();
		String name = "浏览器药品零售许可" + unit.tag();
		List<String> materials = List.of("药品经营许可证申请表", "执业药师注册证及身份证件", "经营场所平面布局图");
		StaffBrowsers.Account handler = StaffBrowsers.newAccount(accounts, unit.username("handler"), "目录经办人", Role.HANDLER);
		StaffBrowsers.Account head = StaffBrowsers.newAccount(accounts, unit.username("head"), "目录负责人", Role.DEPT_HEAD);

		Page handlerPage = browsers.signIn(handler);
		handlerPage.navigate(browsers.url("/catalog/items/new"));
		handlerPage.locator("#item-name").fill(name);
		handlerPage.locator("#item-code").fill("B-" + unit.tag());
		handlerPage.locator("#statutory-number").fill("20");
		handlerPage.locator("#promised-number").fill("14");
		handlerPage.locator("#basis-law-0").fill("中华人民共和国药品管理法");
		handlerPage.locator("#basis-article-0").fill("第五十一条");
		handlerPage.locator("#step-name-0").fill("受理");
		handlerPage.locator("#step-post-0").selectOption(String.valueOf(windowPost));
		handlerPage.locator("#step-budget-0").fill("1");
		handlerPage.locator("#step-name-1").fill("审查");
		handlerPage.locator("#step-post-1").selectOption(String.valueOf(reviewPost));
		handlerPage.locator("#step-budget-1").fill("9");
		handlerPage.locator("#material-name-0").fill(materials.get(0));
		handlerPage.locator("#material-name-1").fill(materials.get(1));
		handlerPage.locator("#save-item").click();

		assertThat(handlerPage.locator("#editor-error"))
			.hasText("承诺时限 14 个工作日超过法定时限 20 个工作日的三分之二（最多 13 个工作日）");
		// the refused form comes back as it was typed, with fresh empty rows for more
		assertThat(handlerPage.locator("#material-name-1")).hasValue(materials.get(1));
		handlerPage.locator("#material-name-2").fill(materials.get(2));
		handlerPage.locator("#promised-number").fill("13");
		handlerPage.locator("#save-item").click();

		assertThat(handlerPage.locator("#item-status")).hasText("草稿");
		assertThat(handlerPage.locator("#item-promised")).hasText("13 个工作日");
		Matcher path = Pattern.compile("/catalog/items/(\\d+)/versions/1").matcher(handlerPage.url());
		org.assertj.core.api.Assertions.assertThat(path.find()).isTrue();
		long itemId = Long.parseLong(path.group(1));
		handlerPage.locator("#submit-item").click();
		assertThat(handlerPage.locator("#item-status")).hasText("待审核");

		Page headPage = browsers.signIn(head);
		headPage.navigate(browsers.url("/catalog/items/" + itemId + "/versions/1"));
		headPage.locator("#publish-item").click();
		assertThat(headPage.locator("#item-status")).hasText("已发布");

		Page citizen = browsers.open();
		citizen.navigate(browsers.url("/portal/items?keyword=" + "药品零售许可" + unit.tag()));
		citizen.locator("#search-results a").first().click();
		assertThat(citizen.locator("#guide-title")).hasText(name + " 办事指南");
		assertThat(citizen.locator("#guide-promised")).containsText("13 个工作日");
		assertThat(citizen.locator("#guide-statutory")).containsText("20 个工作日");
		for (String material : materials) {
			assertThat(citizen.locator("#guide-materials")).containsText(material);
		}
		APIResponse pdf = citizen.request().get(browsers.url(citizen.locator("#guide-pdf").getAttribute("href")));
		org.assertj.core.api.Assertions.assertThat(pdf.ok()).isTrue();
		org.assertj.core.api.Assertions.assertThat(pdf.headers().get("content-type")).startsWith("application/pdf");
		String text = CatalogTestUnits.pdfText(pdf.body());
		org.assertj.core.api.Assertions.assertThat(text).contains(materials.toArray(String[]::new));

		citizen.navigate(browsers.url("/portal/items?keyword=" + "浏览器食品经营许可" + unit.tag()));
		assertThat(citizen.locator("#search-results")).containsText("浏览器食品经营许可" + unit.tag());

		citizen.navigate(browsers.url("/portal/units/" + unit.unitId() + "/commitment"));
		assertThat(citizen.locator("#commitment-promises")).containsText("按承诺时限办结");
		assertThat(citizen.locator("#commitment-promises .measurement").first()).hasText("暂无数据");
		citizen.navigate(browsers.url("/portal/units/" + unit.unitId()));
		assertThat(citizen.locator("#unit-items")).containsText(name);
	}
}
