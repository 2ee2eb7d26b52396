package org.xiaoneng.inquiry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.xiaoneng.inquiry.InquiryUnit.at;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.xiaoneng.badge.BadgeOffice;
import org.xiaoneng.badge.BadgeUnit;
import org.xiaoneng.common.InquiryId;
import org.xiaoneng.common.PostId;
import org.xiaoneng.common.StaffId;
import org.xiaoneng.common.UnitId;
import org.xiaoneng.organization.DecisionLevel;
import org.xiaoneng.organization.Organization;
import org.xiaoneng.platform.notification.Notifications;
import org.xiaoneng.substitution.Substitutes;
import org.xiaoneng.testing.IntegrationTest;
import org.xiaoneng.testing.ListenersAtRest;
import org.xiaoneng.testing.MutableClock;

/** 首问负责制 through the facade: the four outcome paths, 首问到底, 推诿, time limits and the overdue sweep. */
@IntegrationTest
@RecordApplicationEvents
class InquiryRegisterIntegrationTests {

	@Autowired
	InquiryRegister register;

	@Autowired
	Organization organization;

	@Autowired
	Substitutes substitutes;

	@Autowired
	Notifications notifications;

	@Autowired
	MutableClock clock;

	@Autowired
	ApplicationEvents events;

	@Autowired
	InquiryWorkItems workItems;

	@Autowired
	BadgeOffice badges;

	@Autowired
	ListenersAtRest listeners;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aConsultationAnsweredOnTheSpotIsClosedWithTheAnswerAndItsDeadlineCountsThreeWorkingDays() {
		InquiryUnit u = new InquiryUnit(organization, substitutes);
		RegisterEntry inquiry = u.as("c", "WINDOW_CLERK", () -> register.register(u.consultation("营业执照遗失怎么补办"),
				new NextStep.Answer("登报声明后到窗口申请补领，带身份证。")));
		assertThat(inquiry.state()).isEqualTo(InquiryState.CLOSED);
		assertThat(inquiry.outcome()).isEqualTo(InquiryOutcome.ANSWERED);
		assertThat(inquiry.firstResponderId()).isEqualTo(u.clerk.id());
		assertThat(inquiry.answer()).contains("登报声明");
		// received Monday 2026-03-02: three working days end on Thursday
		assertThat(inquiry.deadline()).isEqualTo(java.time.LocalDate.of(2026, 3, 5));
		assertThat(events.stream(InquiryRegistered.class).filter(e -> e.inquiryId().value() == inquiry.id())).hasSize(1);
		assertThat(events.stream(InquiryClosed.class).filter(e -> e.inquiryId().value() == inquiry.id())).hasSize(1);
	}

	@Test
	void aMatterForAPostWhoseHolderIsOnLeaveLandsWithTheSubstituteAndTheFirstResponderIsToldWhenItIsClosed() {
		InquiryUnit u = new InquiryUnit(organization, substitutes);
		u.foodHandlerOnLeave(substitutes, clock.instant());
		RegisterEntry inquiry = u.as("c", "WINDOW_CLERK", () -> register.register(u.consultation("小作坊登记要什么材料"),
				new NextStep.HandOver(u.foodHandling.id(), "食品科职责")));
		assertThat(inquiry.handlerId()).isEqualTo(u.foodBackup.id());
		assertThat(inquiry.state()).isEqualTo(InquiryState.OPEN);
		assertThat(events.stream(InquiryHandedOver.class).filter(e -> e.inquiryId().value() == inquiry.id()))
			.singleElement()
			.satisfies(e -> assertThat(e.onBehalf()).isTrue());
		assertThat(u.as("c", "WINDOW_CLERK", () -> register.following(null).rows())).extracting(RegisterEntry::id).contains(inquiry.id());
		assertThat(u.as("fb", "HANDLER", register::assignedToMe)).extracting(RegisterEntry::id).contains(inquiry.id());

		u.as("fb", "HANDLER", () -> register.answer(new InquiryId(inquiry.id()), "带营业执照和健康证明到食品科办理。"));

		assertThat(u.as("c", "WINDOW_CLERK", () -> register.following(null).rows())).filteredOn(i -> i.id() == inquiry.id())
			.singleElement()
			.satisfies(i -> assertThat(i.state()).isEqualTo(InquiryState.CLOSED));
		assertThat(notifications.inbox(u.username("c"))).anySatisfy(
				message -> assertThat(message.link()).isEqualTo("/inquiries/" + inquiry.id()));
	}

	@Test
	void whenNobodyActsForThePostTheMatterStaysWithTheFirstResponderAndThePostGetsACallbackTask() {
		InquiryUnit u = new InquiryUnit(organization, substitutes);
		RegisterEntry inquiry = u.as("c", "WINDOW_CLERK", () -> register.register(u.consultation("抽检结果什么时候公布"),
				new NextStep.HandOver(u.emptyPost.id(), null)));
		assertThat(inquiry.state()).isEqualTo(InquiryState.AWAITING_CALLBACK);
		assertThat(inquiry.handlerId()).isEqualTo(u.clerk.id());
		assertThat(inquiry.callbackPostId()).isEqualTo(u.emptyPost.id());
		assertThat(inquiry.callbackDue()).isEqualTo(java.time.LocalDate.of(2026, 3, 3));
		assertThat(u.as("c", "WINDOW_CLERK", () -> register.visitorOf(new InquiryId(inquiry.id()))))
			.hasValueSatisfying(visitor -> assertThat(visitor.phone()).isEqualTo("13800138000"));

		InquiryUnit.asAdmin(() -> {
			organization.assignPost(new StaffId(u.foodInspector.id()), new PostId(u.emptyPost.id()));
			return null;
		});
		assertThat(u.as("fi", "HANDLER", register::assignedToMe)).extracting(RegisterEntry::id).contains(inquiry.id());
		RegisterEntry taken = u.as("fi", "HANDLER", () -> register.takeCallback(new InquiryId(inquiry.id())));
		assertThat(taken.handlerId()).isEqualTo(u.foodInspector.id());
		assertThat(taken.state()).isEqualTo(InquiryState.OPEN);
	}

	@Test
	void aMatterHandedOnThreeTimesWithoutAnAnswerIsFlaggedAsBuckPassingWithItsChain() {
		InquiryUnit u = new InquiryUnit(organization, substitutes);
		RegisterEntry inquiry = u.as("c", "WINDOW_CLERK", () -> register.register(u.consultation("门头招牌归谁管"),
				new NextStep.HandOver(u.registrationHandling.id(), null)));
		u.as("r", "HANDLER", () -> register.handOver(new InquiryId(inquiry.id()), new PostId(u.foodHandling.id()),
				"不是登记科的"));
		RegisterEntry twice = u.as("f", "HANDLER", () -> register.inquiry(new InquiryId(inquiry.id())));
		assertThat(twice.buckPassing()).isFalse();
		RegisterEntry thrice = u.as("f", "HANDLER", () -> register.handOver(new InquiryId(inquiry.id()),
				new PostId(u.foodInspection.id()), "不是我的"));

		assertThat(thrice.buckPassing()).isTrue();
		assertThat(thrice.handOvers()).isEqualTo(3);
		assertThat(events.stream(BuckPassingDetected.class).filter(e -> e.inquiryId().value() == inquiry.id()))
			.singleElement()
			.satisfies(e -> assertThat(e.chainPostIds()).containsExactly(u.registrationHandling.id(),
					u.foodHandling.id(), u.foodInspection.id()));
	}

	@Test
	void anEscalatedMatterGoesToTheHeadAndTheFirstResponderMayStillAnswerIt() {
		InquiryUnit u = new InquiryUnit(organization, substitutes);
		RegisterEntry inquiry = u.as("c", "WINDOW_CLERK", () -> register.register(u.consultation("跨科室的联合检查问题"),
				new NextStep.Escalate(DecisionLevel.DEPARTMENT_HEAD, "职责不清")));
		assertThat(inquiry.state()).isEqualTo(InquiryState.ESCALATED);
		assertThat(inquiry.handlerId()).isEqualTo(u.registrationHead.id());
		RegisterEntry answered = u.as("c", "WINDOW_CLERK", () -> register.answer(new InquiryId(inquiry.id()),
				"经请示，由执法大队答复。"));
		assertThat(answered.closed()).isTrue();
	}

	@Test
	void aMatterOutsideTheUnitIsClosedByTellingTheVisitorTheAuthorityAndItsPhone() {
		InquiryUnit u = new InquiryUnit(organization, substitutes);
		ExternalAuthority tax = InquiryUnit.asAdmin(
				() -> register.addAuthority("县税务局" + u.tag, "0851-12366", "示范县人民路 1 号", "税务登记、发票"));
		RegisterEntry inquiry = u.as("c", "WINDOW_CLERK", () -> register.register(u.consultation("发票怎么领"),
				new NextStep.Refer(tax.id(), null)));
		assertThat(inquiry.outcome()).isEqualTo(InquiryOutcome.REFERRED);
		assertThat(inquiry.authorityId()).isEqualTo(tax.id());
		assertThat(inquiry.answer()).contains("0851-12366");
	}

	@Test
	void anExtensionApprovedByTheHeadBeforeTheDeadlineMovesIt() {
		InquiryUnit u = new InquiryUnit(organization, substitutes);
		RegisterEntry inquiry = u.as("c", "WINDOW_CLERK", () -> register.register(u.consultation("需要调档的查询"),
				new NextStep.HandOver(u.registrationHandling.id(), null)));
		u.as("r", "HANDLER", () -> register.requestExtension(new InquiryId(inquiry.id()), 2, "需调取档案"));
		RegisterEntry extended = u.as("rh", "DEPT_HEAD", () -> register.approveExtension(new InquiryId(inquiry.id())));
		assertThat(extended.deadline()).isEqualTo(java.time.LocalDate.of(2026, 3, 9));
		assertThat(extended.extensionApprovedBy()).isEqualTo(u.username("rh"));
	}

	@Test
	void aUnitsOwnTimeLimitsReplaceTheDefaults() {
		InquiryUnit u = new InquiryUnit(organization, substitutes);
		assertThat(register.timeLimitsOf(new UnitId(u.unit.id()))).isEqualTo(new TimeLimits(1, 3, 15, 10));
		InquiryUnit.asAdmin(() -> register.setTimeLimits(new UnitId(u.unit.id()), new TimeLimits(1, 5, 15, 10)));
		RegisterEntry inquiry = u.as("c", "WINDOW_CLERK", () -> register.register(u.consultation("时限测试"), null));
		assertThat(inquiry.deadline()).isEqualTo(java.time.LocalDate.of(2026, 3, 9));
	}

	@Test
	void theOverdueSweepReportsEachLateMatterOnce() {
		InquiryUnit u = new InquiryUnit(organization, substitutes);
		RegisterEntry inquiry = u.as("c", "WINDOW_CLERK", () -> register.register(u.consultation("迟迟未答复"), null));
		Instant before = clock.instant();
		try {
			clock.set(at(3, 6, 10));
			register.reportOverdue();
			register.reportOverdue();
			assertThat(events.stream(InquiryOverdue.class).filter(e -> e.inquiryId().value() == inquiry.id())).hasSize(1);
		}
		finally {
			clock.set(before);
		}
	}

	@Test
	void theWorkItemsOfAStaffMemberAreWhatTheyMustActOnNotWhatTheyOnlyFollow() {
		InquiryUnit u = new InquiryUnit(organization, substitutes);
		RegisterEntry handed = u.as("c", "WINDOW_CLERK", () -> register.register(u.consultation("待办来源测试"),
				new NextStep.HandOver(u.foodHandling.id(), null)));
		RegisterEntry callback = u.as("c", "WINDOW_CLERK", () -> register.register(u.consultation("回电来源测试"),
				new NextStep.HandOver(u.emptyPost.id(), null)));

		assertThat(workItems.openItemsOf(organization.staffMember(new StaffId(u.foodHandler.id())).staffNumber()))
			.extracting(org.xiaoneng.common.WorkItem::link)
			.containsExactly("/inquiries/" + handed.id());
		// the clerk holds the callback matter until the post calls back, but does not act on the one handed on
		assertThat(workItems.openItemsOf(organization.staffMember(new StaffId(u.clerk.id())).staffNumber()))
			.extracting(org.xiaoneng.common.WorkItem::id)
			.containsExactly(String.valueOf(callback.id()));
	}

	@Test
	void aSupervisorTellsARealNameReporterOfAcceptanceAndASubstantiatedFindingNamesTheDepartmentConcerned() {
		InquiryUnit u = new InquiryUnit(organization, substitutes);
		RegisterEntry report = u.as("c", "WINDOW_CLERK", () -> register.register(new NewInquiry(InquiryChannel.PHONE, null,
				"实名举报人", null, "13600136000", null, InquiryCategory.REPORT, "检查人员吃拿卡要", "检查后在店里吃饭不付钱。",
				List.of(), null, null, u.food.id(), u.foodInspector.id(), null), null));
		assertThat(report.state()).isEqualTo(InquiryState.WITH_SUPERVISORS);
		assertThat(report.acceptanceDue()).isEqualTo(java.time.LocalDate.of(2026, 3, 16));
		assertThat(report.deadline()).isEqualTo(java.time.LocalDate.of(2026, 3, 23));

		RegisterEntry accepted = u.as("s", "SUPERVISOR", () -> register.notifyAcceptance(new InquiryId(report.id())));
		assertThat(accepted.acceptanceNotifiedAt()).isNotNull();
		RegisterEntry verified = u.as("s", "SUPERVISOR", () -> register.verify(new InquiryId(report.id()),
				Verification.SUBSTANTIATED,
				"调取监控属实。", "经核实，反映属实，已移交问责。"));

		assertThat(verified.closed()).isTrue();
		assertThat(verified.answer()).isEqualTo("经核实，反映属实，已移交问责。");
		assertThat(events.stream(ComplaintSubstantiated.class).filter(e -> e.inquiryId().value() == report.id()))
			.singleElement()
			.satisfies(e -> {
				assertThat(e.departmentId()).isEqualTo(u.food.id());
				assertThat(e.staffId()).isEqualTo(u.foodInspector.id());
			});
	}

	@Test
	void aComplaintIsNotFoundForAnyoneButSupervisors() {
		InquiryUnit u = new InquiryUnit(organization, substitutes);
		RegisterEntry complaint = u.as("c", "WINDOW_CLERK", () -> register.register(new NewInquiry(InquiryChannel.VISIT,
				null, "投诉人", null, null, null, InquiryCategory.COMPLAINT, "科长推诿", "说不归他管。", List.of(), null,
				null, u.food.id(), u.foodHead.id(), null), null));
		assertThatThrownBy(() -> u.as("fh", "DEPT_HEAD", () -> register.inquiry(new InquiryId(complaint.id()))))
			.isInstanceOf(InquiryNotFoundException.class);
		assertThatThrownBy(() -> u.as("c", "WINDOW_CLERK", () -> register.identityOf(new InquiryId(complaint.id()))))
			.isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
		assertThat(u.as("c", "WINDOW_CLERK", () -> register.takenFirst(null).rows())).isEmpty();
	}

	@Test
	void aDepartmentHeadSetsTheTimeLimitsOfTheirOwnUnitOnly() {
		InquiryUnit u = new InquiryUnit(organization, substitutes);
		InquiryUnit other = new InquiryUnit(organization, substitutes);
		assertThat(u.as("fh", "DEPT_HEAD", () -> register.setTimeLimits(new UnitId(u.unit.id()),
				new TimeLimits(1, 4, 15, 10))))
			.isEqualTo(new TimeLimits(1, 4, 15, 10));
		assertThatThrownBy(() -> u.as("fh", "DEPT_HEAD",
				() -> register.setTimeLimits(new UnitId(other.unit.id()), new TimeLimits(1, 4, 15, 10))))
			.isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
		assertThatThrownBy(() -> u.as("fh", "DEPT_HEAD",
				() -> register.setTimeLimits(new UnitId(u.unit.id()), new TimeLimits(1, 0, 15, 10))))
			.isInstanceOf(TimeLimitsInvalidException.class);
		assertThat(register.timeLimitsOf(new UnitId(other.unit.id()))).isEqualTo(new TimeLimits(1, 3, 15, 10));
	}

	// ---- bad input: refused with a clear message, nothing changed ---------------------------------------------

	@Test
	void anIdNoInquiryCanHaveIsNotFoundForReadingAndForEveryCommand() {
		InquiryUnit u = new InquiryUnit(organization, substitutes);
		assertThatThrownBy(() -> u.as("c", "WINDOW_CLERK", () -> register.inquiry(new InquiryId(0))))
			.isInstanceOf(InquiryNotFoundException.class);
		assertThatThrownBy(() -> u.as("rh", "DEPT_HEAD", () -> register.approveExtension(new InquiryId(0))))
			.isInstanceOf(InquiryNotFoundException.class);
		assertThatThrownBy(() -> u.as("c", "WINDOW_CLERK", () -> register.answer(new InquiryId(-7), "答复")))
			.isInstanceOf(InquiryNotFoundException.class);
	}

	@Test
	void anInquiryWithoutACategoryIsRefused() {
		InquiryUnit u = new InquiryUnit(organization, substitutes);
		NewInquiry noCategory = new NewInquiry(InquiryChannel.PHONE, null, "张三", null, null, null, null, "事由", null,
				List.of(), null, null, null, null, null);
		assertThatThrownBy(() -> u.as("c", "WINDOW_CLERK", () -> register.register(noCategory, null)))
			.isInstanceOf(InquiryFieldRequiredException.class)
			.hasMessage("inquiry.required.category");
		assertThat(u.as("c", "WINDOW_CLERK", () -> register.takenFirst(null).rows())).isEmpty();
	}

	@Test
	void anInquiryWithoutASubjectIsRefused() {
		InquiryUnit u = new InquiryUnit(organization, substitutes);
		assertThatThrownBy(() -> u.as("c", "WINDOW_CLERK", () -> register.register(u.consultation("  "), null)))
			.isInstanceOf(InquiryFieldRequiredException.class)
			.hasMessage("inquiry.required.subject");
		assertThat(u.as("c", "WINDOW_CLERK", () -> register.takenFirst(null).rows())).isEmpty();
	}

	@Test
	void aComplaintWithoutContentIsRefused() {
		InquiryUnit u = new InquiryUnit(organization, substitutes);
		NewInquiry complaint = new NewInquiry(InquiryChannel.VISIT, null, "李四", null, null, null,
				InquiryCategory.COMPLAINT, "窗口态度差" + u.tag, " ", List.of(), null, null, null, null, null);
		assertThatThrownBy(() -> u.as("c", "WINDOW_CLERK", () -> register.register(complaint, null)))
			.isInstanceOf(InquiryFieldRequiredException.class)
			.hasMessage("inquiry.required.content");
		assertThat(u.as("s", "SUPERVISOR", () -> register.complaintQueue(false)))
			.noneMatch(i -> i.subject().equals("窗口态度差" + u.tag));
	}

	@Test
	void aReferralWithoutAnAuthorityIsRefused() {
		InquiryUnit u = new InquiryUnit(organization, substitutes);
		assertThatThrownBy(() -> u.as("c", "WINDOW_CLERK",
				() -> register.register(u.consultation("外单位事项" + u.tag), new NextStep.Refer(null, "税务的事"))))
			.isInstanceOf(AuthorityRequiredException.class);
		assertThat(u.as("c", "WINDOW_CLERK", () -> register.takenFirst(null).rows())).isEmpty();
	}

	@Test
	void anExtensionAfterTheDeadlineIsRefused() {
		InquiryUnit u = new InquiryUnit(organization, substitutes);
		RegisterEntry inquiry = u.as("c", "WINDOW_CLERK", () -> register.register(u.consultation("超期延期"),
				new NextStep.HandOver(u.registrationHandling.id(), null)));
		u.as("r", "HANDLER", () -> register.requestExtension(new InquiryId(inquiry.id()), 2, "需调取档案"));
		Instant before = clock.instant();
		try {
			clock.set(at(3, 6, 10));
			assertThatThrownBy(() -> u.as("rh", "DEPT_HEAD", () -> register.approveExtension(new InquiryId(inquiry.id()))))
				.isInstanceOf(ExtensionAfterDeadlineException.class);
		}
		finally {
			clock.set(before);
		}
		RegisterEntry after = u.as("rh", "DEPT_HEAD", () -> register.inquiry(new InquiryId(inquiry.id())));
		assertThat(after.deadline()).isEqualTo(java.time.LocalDate.of(2026, 3, 5));
		assertThat(after.extensionApprovedBy()).isNull();
	}

	@Test
	void publicSubmissionsFloodingFromOneAddressAreRefusedAfterTheLimit() {
		InquiryUnit u = new InquiryUnit(organization, substitutes);
		String address = "203.0.113." + u.tag;
		for (int i = 0; i < 5; i++) {
			register.submit(new PublicSubmission(u.unit.id(), InquiryCategory.CONSULTATION, "问题" + i, "内容", null,
					null), address);
		}
		assertThatThrownBy(() -> register.submit(new PublicSubmission(u.unit.id(), InquiryCategory.CONSULTATION,
				"第六个" + u.tag, "内容", null, null), address))
			.isInstanceOf(SubmissionsLimitedException.class);
		assertThat(InquiryUnit.asAdmin(() -> register.register(
				new RegisterFilter(null, null, null, null, u.unit.id(), "第六个" + u.tag, false, false), null, null).rows()))
			.isEmpty();
		Instant before = clock.instant();
		try {
			clock.advance(Duration.ofMinutes(11));
			assertThat(register.submit(new PublicSubmission(u.unit.id(), InquiryCategory.CONSULTATION, "过后再问",
					"内容", null, null), address).queryCode()).isNotBlank();
		}
		finally {
			clock.set(before);
		}
	}

	@Test
	void aComplaintOrRatingNamingABadgeNumberConcernsItsHolderAndAnUnknownOrOtherUnitsNumberFilesNothing() {
		InquiryUnit u = new InquiryUnit(organization, substitutes);
		assertThat(listeners.await(Duration.ofSeconds(20))).as("listeners at rest").isTrue();
		String badge = BadgeUnit.admin(() -> badges.issue(new StaffId(u.clerk.id()), "")).number();
		String address = "198.51.100." + u.tag;

		PublicStatus complaint = register.submit(new PublicSubmission(u.unit.id(), InquiryCategory.COMPLAINT,
				"窗口态度" + u.tag, "窗口人员态度生硬", "李四", "13800001234", " " + badge + " "), address);
		PublicStatus rating = register.submit(new PublicSubmission(u.unit.id(), InquiryCategory.SUGGESTION,
				"评价" + u.tag, "很耐心", null, null, badge), address);

		assertThat(concernedStaff(complaint.queryCode())).isEqualTo(u.clerk.id());
		assertThat(concernedStaff(rating.queryCode())).isEqualTo(u.clerk.id());
		assertThatThrownBy(() -> register.submit(new PublicSubmission(u.unit.id(), InquiryCategory.COMPLAINT,
				"无此牌号" + u.tag, "内容", "李四", "13800001234", "000000-99999"), address))
			.isInstanceOf(InquiryFieldInvalidException.class)
			.hasMessage("inquiry.invalid.badgeNumber");
		InquiryUnit other = new InquiryUnit(organization, substitutes);
		assertThatThrownBy(() -> register.submit(new PublicSubmission(other.unit.id(), InquiryCategory.COMPLAINT,
				"别单位" + u.tag, "内容", "李四", "13800001234", badge), address))
			.hasMessage("inquiry.invalid.badgeOfOtherUnit");
		assertThat(jdbc.sql("select count(*) from inquiry.inquiry where subject in (:s)")
			.param("s", List.of("无此牌号" + u.tag, "别单位" + u.tag))
			.query(Long.class).single()).isZero();
	}

	private Long concernedStaff(String queryCode) {
		return jdbc.sql("select concerned_staff_id from inquiry.inquiry where query_code = :code")
			.param("code", queryCode)
			.query(Long.class)
			.single();
	}
}
