package org.xiaoneng.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.xiaoneng.casework.CaseState;
import org.xiaoneng.catalog.RefusalAuthority;
import org.xiaoneng.organization.Organization;
import org.xiaoneng.platform.security.AccountManagement;
import org.xiaoneng.platform.security.Role;
import org.xiaoneng.refusal.RefusalCases;
import org.xiaoneng.refusal.RefusalUnit;
import org.xiaoneng.testing.IntegrationTest;
import org.xiaoneng.testing.MutableClock;

/**
 * 否定报备 in the browser: a handler refuses a case beyond their authority, the deputy leader finds it in the queue
 * with its due date and overrules it with an instruction, and the case is back in processing; then a refusal within
 * the handler's authority takes effect, its notice carries the reasons, the basis and both remedies, and the
 * materials go back to the applicant, who signs on the screen.
 */
@IntegrationTest
class RefusalBrowserTests {

	@Autowired
	AccountManagement accounts;

	@Autowired
	Organization organization;

	@Autowired
	ApplicationContext context;

	@Autowired
	MutableClock clock;

	@LocalServerPort
	int port;

	StaffBrowsers browsers;

	@BeforeEach
	void openBrowsers() {
		browsers = new StaffBrowsers(port);
		clock.set(RefusalCases.MONDAY_MORNING);
	}

	@AfterEach
	void closeBrowsers() {
		browsers.close();
	}

	@Test
	void aRefusalBeyondAuthorityIsOverruledAndOneWithinAuthorityIsNotifiedAndItsMaterialsReturned() throws IOException {
		RefusalUnit unit = new RefusalUnit(organization);
		RefusalCases cases = new RefusalCases(context);
		StaffBrowsers.Account handler = StaffBrowsers.newAccount(accounts, unit.username("a"), "经办甲", Role.HANDLER);
		StaffBrowsers.Account deputy = StaffBrowsers.newAccount(accounts, unit.username("d"), "副局长", Role.LEADER);
		long beyond = cases.processingCase(unit, RefusalAuthority.DEPUTY_LEADER);
		long within = cases.receivedCase(unit, RefusalAuthority.HANDLER);

		Page handlerPage = browsers.signIn(handler);
		fileRefusal(handlerPage, beyond);
		assertThat(handlerPage.locator("#refusal-state")).hasText("待领导决定");
		assertThat(handlerPage.locator("#refusal-decider")).hasText(unit.deputy.name());
		assertThat(handlerPage.locator("#refusal-due")).hasText("2026-03-04");

		Page deputyPage = browsers.signIn(deputy);
		deputyPage.navigate(browsers.url("/refusals/queue"));
		Locator row = deputyPage.locator("#decision-queue tbody tr");
		assertThat(row).hasCount(1);
		assertThat(row.locator("td.due")).containsText("2026-03-04");
		row.locator("a").click();
		deputyPage.locator("#decision-DISAGREED").check();
		deputyPage.locator("#opinion").fill("住所证明可当场补正，请继续办理");
		deputyPage.locator("#decision-submit").click();
		assertThat(deputyPage.locator("#refusal-state")).hasText("领导不同意，退回办理");
		assertThat(deputyPage.locator("#refusal-opinion")).hasText("住所证明可当场补正，请继续办理");
		assertThat(cases.state(beyond)).isEqualTo(CaseState.PROCESSING);

		fileRefusal(handlerPage, within);
		assertThat(handlerPage.locator("#refusal-state")).hasText("已生效");
		APIResponse notice = handlerPage.request().get(browsers.url(handlerPage.locator("#notice-link").getAttribute("href")));
		assertThat(notice.headers().get("content-type")).isEqualTo("application/pdf");
		assertThat(text(notice.body())).contains("不予受理通知书", RefusalCases.REASONS,
				"《中华人民共和国行政许可法》第三十二条", "六十日内", "申请行政复议", "六个月内", "提起行政诉讼");
		assertThat(cases.state(within)).isEqualTo(CaseState.NOT_ACCEPTED);

		handlerPage.locator("#return-link").click();
		handlerPage.locator("#material-0").check();
		handlerPage.locator("#collector-name").fill("张三");
		handlerPage.locator("#collector-id").fill(RefusalCases.APPLICANT_ID);
		sign(handlerPage.locator("#signature-pad"));
		handlerPage.locator("#return-submit").click();
		assertThat(handlerPage.locator("#returned-materials")).not().isEmpty();
		assertThat(handlerPage.locator("#material-return")).containsText("520102********0018");
	}

	/** Fills in the filing form of the case: circumstances, reasons and the item's first legal basis. */
	private void fileRefusal(Page page, long caseId) {
		page.navigate(browsers.url("/refusals/new?caseId=" + caseId));
		page.locator("#circumstances").fill("申请人申请设立登记，提交材料 3 份");
		page.locator("#reasons").fill(RefusalCases.REASONS);
		page.locator("#item-basis-0").check();
		page.locator("#refusal-submit").click();
	}

	/** Draws a stroke on the signature pad, as a finger or a mouse would. */
	private static void sign(Locator pad) {
		var box = pad.boundingBox();
		Page page = pad.page();
		page.mouse().move(box.x + 20, box.y + 40);
		page.mouse().down();
		page.mouse().move(box.x + 120, box.y + 100, new com.microsoft.playwright.Mouse.MoveOptions().setSteps(8));
		page.mouse().move(box.x + 220, box.y + 50, new com.microsoft.playwright.Mouse.MoveOptions().setSteps(8));
		page.mouse().up();
	}

	private static String text(byte[] pdf) throws IOException {
		PdfReader reader = new PdfReader(pdf);
		PdfTextExtractor extractor = new PdfTextExtractor(reader);
		StringBuilder text = new StringBuilder();
		for (int page = 1; page <= reader.getNumberOfPages(); page++) {
			text.append(extractor.getTextFromPage(page));
		}
		return text.toString().replaceAll("\\s+", "");
	}
}
