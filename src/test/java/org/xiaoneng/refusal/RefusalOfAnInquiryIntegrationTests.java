package org.xiaoneng.refusal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;
import org.xiaoneng.catalog.RefusalAuthority;
import org.xiaoneng.catalog.ServiceItem;
import org.xiaoneng.common.InquiryId;
import org.xiaoneng.common.RuleViolationException;
import org.xiaoneng.inquiry.InquiryCategory;
import org.xiaoneng.inquiry.InquiryChannel;
import org.xiaoneng.inquiry.InquiryOutcome;
import org.xiaoneng.inquiry.InquiryRegister;
import org.xiaoneng.inquiry.InquiryState;
import org.xiaoneng.inquiry.InquiryStep;
import org.xiaoneng.inquiry.NewInquiry;
import org.xiaoneng.inquiry.NextStep;
import org.xiaoneng.inquiry.RegisterEntry;
import org.xiaoneng.inquiry.StepKind;
import org.xiaoneng.organization.Organization;
import org.xiaoneng.testing.IntegrationTest;
import org.xiaoneng.testing.MutableClock;

/**
 * 否定报备制 四(一) covers every negative answer, also to a first-inquiry matter (首问) that never became a case: the
 * refusal is filed on the inquiry, goes to the leader beyond the handler's authority, and once in effect closes the
 * matter with its notice as the answer.
 */
@IntegrationTest
class RefusalOfAnInquiryIntegrationTests {

	@Autowired
	Refusals refusals;

	@Autowired
	InquiryRegister register;

	@Autowired
	Organization organization;

	@Autowired
	ApplicationContext context;

	@Autowired
	MutableClock clock;

	@Autowired
	MockMvc mvc;

	RefusalCases fixtures;

	RefusalUnit unit;

	@BeforeEach
	void aUnitOfItsOwn() {
		clock.set(RefusalCases.MONDAY_MORNING);
		unit = new RefusalUnit(organization);
		fixtures = new RefusalCases(context);
	}

	@Test
	void aNegativeAnswerToAnInquiryWithoutACaseIsFiledAndInEffectClosesTheMatterWithItsNotice() {
		RegisterEntry inquiry = applicationIntent(fixtures.item(unit, RefusalAuthority.HANDLER));

		Refusal refusal = unit.as("a", () -> refusals.file(onInquiry(inquiry.id())));

		assertThat(refusal.state()).isEqualTo(RefusalState.IN_EFFECT);
		assertThat(refusal.kind()).isEqualTo(RefusalKind.NOT_PROVIDED);
		assertThat(refusal.matter()).isEqualTo(RefusedMatter.ofInquiry(inquiry.id()));
		assertThat(refusal.caseReference()).isEqualTo(inquiry.queryCode());
		assertThat(refusal.applicant().name()).isEqualTo("李四");
		RegisterEntry closed = unit.as("a", () -> register.inquiry(new InquiryId(inquiry.id())));
		assertThat(closed.state()).isEqualTo(InquiryState.CLOSED);
		assertThat(closed.outcome()).isEqualTo(InquiryOutcome.REFUSED);
		assertThat(closed.answer()).contains(refusal.noticeNumber(), RefusalCases.REASONS);
	}

	@Test
	void beyondTheHandlersAuthorityAnInquiryRefusalWaitsForTheLeaderAndTheMatterClosesOnlyOnceAgreed() {
		RegisterEntry inquiry = applicationIntent(fixtures.item(unit, RefusalAuthority.DEPUTY_LEADER));

		Refusal filed = unit.as("a", () -> refusals.file(onInquiry(inquiry.id())));

		assertThat(filed.state()).isEqualTo(RefusalState.AWAITING_LEADER);
		assertThat(filed.deciderStaffId()).isEqualTo(unit.deputy.id());
		assertThat(unit.as("a", () -> register.inquiry(new InquiryId(inquiry.id()))).state())
			.isEqualTo(InquiryState.OPEN);
		assertThatThrownBy(() -> unit.as("a", () -> refusals.file(onInquiry(inquiry.id()))))
			.isInstanceOf(CaseNotRefusableException.class);

		unit.as("d", () -> refusals.decide(filed.id(), Decision.AGREED, "同意不予办理"));

		RegisterEntry closed = unit.as("a", () -> register.inquiry(new InquiryId(inquiry.id())));
		assertThat(closed.outcome()).isEqualTo(InquiryOutcome.REFUSED);
	}

	@Test
	void aRefusalOfAnInquiryFoundWrongOnReviewReopensTheMatterWithItsHandler() {
		RegisterEntry inquiry = applicationIntent(fixtures.item(unit, RefusalAuthority.HANDLER));
		Refusal refusal = unit.as("a", () -> refusals.file(onInquiry(inquiry.id())));

		Refusal reviewed = RefusalUnit.asSupervisor(
				() -> refusals.review(refusal.id(), true, "来访人符合办理条件，不应不予办理"));

		assertThat(reviewed.state()).isEqualTo(RefusalState.FOUND_WRONG);
		RegisterEntry reopened = unit.as("a", () -> register.inquiry(new InquiryId(inquiry.id())));
		assertThat(reopened.state()).isEqualTo(InquiryState.OPEN);
		assertThat(reopened.outcome()).isNull();
		assertThat(reopened.answer()).isNull();
		assertThat(reopened.handlerId()).isEqualTo(inquiry.handlerId());
		assertThat(unit.as("a", () -> register.stepsOf(new InquiryId(inquiry.id()))))
			.extracting(InquiryStep::kind)
			.endsWith(StepKind.REFUSED, StepKind.REOPENED);

		RegisterEntry answered = unit.as("a",
				() -> register.answer(new InquiryId(inquiry.id()), "经复核，来访人可以办理，已告知办理流程"));
		assertThat(answered.outcome()).isEqualTo(InquiryOutcome.ANSWERED);
	}

	@Test
	void theInquiryPageOffersTheFilingWhoseFormFilesOnTheInquiry() throws Exception {
		RegisterEntry inquiry = applicationIntent(fixtures.item(unit, RefusalAuthority.HANDLER));

		mvc.perform(get("/inquiries/{id}", inquiry.id()).with(user(unit.username("a")).roles("HANDLER")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("/refusals/new?inquiryId=" + inquiry.id())));
		mvc.perform(get("/refusals/new").param("inquiryId", String.valueOf(inquiry.id()))
			.with(user(unit.username("a")).roles("HANDLER")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(inquiry.queryCode())))
			.andExpect(content().string(containsString("name=\"inquiryId\"")));
		mvc.perform(post("/refusals").with(user(unit.username("a")).roles("HANDLER"))
			.with(csrf())
			.param("inquiryId", String.valueOf(inquiry.id()))
			.param("circumstances", "申请人到窗口咨询办理，尚未提交申请")
			.param("reasons", RefusalCases.REASONS)
			.param("itemBasis", "0"))
			.andExpect(status().is3xxRedirection());

		assertThat(unit.as("a", () -> register.inquiry(new InquiryId(inquiry.id()))).outcome())
			.isEqualTo(InquiryOutcome.REFUSED);
		mvc.perform(get("/refusals/new").with(user(unit.username("a")).roles("HANDLER")))
			.andExpect(status().isBadRequest());
	}

	@Test
	void aFilingNamesExactlyOneCaseOrInquiry() {
		NewRefusal filing = RefusalCases.filing(1);
		NewRefusal neither = new NewRefusal(null, null, filing.circumstances(), filing.reasons(), filing.legalBasis(),
				"", "", false);
		NewRefusal both = new NewRefusal(1L, 2L, filing.circumstances(), filing.reasons(), filing.legalBasis(), "",
				"", false);

		assertThatThrownBy(() -> unit.as("a", () -> refusals.file(neither))).isInstanceOf(RuleViolationException.class)
			.extracting(e -> ((RuleViolationException) e).messageKey())
			.isEqualTo("refusal.error.matterRequired");
		assertThatThrownBy(() -> unit.as("a", () -> refusals.file(both))).isInstanceOf(RuleViolationException.class)
			.extracting(e -> ((RuleViolationException) e).messageKey())
			.isEqualTo("refusal.error.matterRequired");
	}

	private RegisterEntry applicationIntent(ServiceItem item) {
		return unit.as("a", () -> register.register(new NewInquiry(InquiryChannel.VISIT, null, "李四", null,
				"13800138001", "城关镇人民路 1 号", InquiryCategory.APPLICATION_INTENT, "想办" + item.name(), null,
				List.of(), null, null, null, null, item.id()), new NextStep.Keep()));
	}

	private static NewRefusal onInquiry(long inquiryId) {
		NewRefusal filing = RefusalCases.filing(1);
		return new NewRefusal(null, inquiryId, "申请人到窗口咨询办理，尚未提交申请", filing.reasons(), filing.legalBasis(),
				"", "", false);
	}
}
