package org.xiaoneng.supervision;

import org.springframework.stereotype.Component;
import org.xiaoneng.casework.CaseFile;
import org.xiaoneng.casework.Cases;
import org.xiaoneng.casework.HandoverNotSignedSameDay;
import org.xiaoneng.casework.NoticeDeadlineMissed;
import org.xiaoneng.common.DepartmentId;
import org.xiaoneng.common.ModuleListener;
import org.xiaoneng.common.PostId;
import org.xiaoneng.inquiry.BuckPassingDetected;
import org.xiaoneng.inquiry.InquiryClosed;
import org.xiaoneng.inquiry.InquiryOverdue;
import org.xiaoneng.organization.Organization;
import org.xiaoneng.organization.Post;
import org.xiaoneng.refusal.LeaderDecisionOverdue;
import org.xiaoneng.refusal.RefusalApproved;
import org.xiaoneng.refusal.RefusalFoundWrong;
import org.xiaoneng.refusal.RefusalOverruled;
import org.xiaoneng.substitution.PostLeftUncovered;

/**
 * The rules that one event of another module triggers, each listener turning the event into the card of its rule.
 * Listeners run after the other module's transaction and are redelivered after a crash; raising is idempotent, so a
 * redelivered event raises nothing twice.
 */
@Component
class Signals {

	private final Raising raising;

	private final Cases cases;

	private final Organization organization;

	Signals(Raising raising, Cases cases, Organization organization) {
		this.raising = raising;
		this.cases = cases;
		this.organization = organization;
	}

	// 行政许可法 第三十二条: no one-time notice within 5 days of receipt.
	@ModuleListener
	void on(NoticeDeadlineMissed missed) {
		CaseFile file = cases.caseFile(missed.caseId());
		raising.raise(Rule.NOTICE_NOT_GIVEN_IN_FIVE_DAYS, caseSubject(file, ObjectType.CASE, 0), file.handlerStaffId(),
				Facts.of(missed.receivedOn()));
	}

	// 内部科室当天签办不过夜
	@ModuleListener
	void on(HandoverNotSignedSameDay unsigned) {
		CaseFile file = cases.caseFile(unsigned.caseId());
		raising.raise(Rule.HANDOVER_NOT_SIGNED_SAME_DAY,
				new CardSubject(ObjectType.STEP, file.id(), unsigned.stepNumber(), DeadlineWatch.label(file),
						file.unitId(), unsigned.departmentId()),
				unsigned.staffId(), Facts.of(unsigned.stepNumber(), unsigned.assignedOn()));
	}

	@ModuleListener
	void on(LeaderDecisionOverdue overdue) {
		raising.raise(Rule.REFUSAL_DECISION_OVERDUE,
				new CardSubject(ObjectType.REFUSAL, overdue.refusalId().value(), 0, "#" + overdue.refusalId().value(), overdue.unitId(),
						overdue.departmentId()),
				overdue.deciderStaffId(), Facts.of(overdue.decisionDue()));
	}

	@ModuleListener
	void on(RefusalApproved approved) {
		raising.cancelPendingAbout(ObjectType.REFUSAL, approved.refusalId().value());
	}

	@ModuleListener
	void on(RefusalOverruled overruled) {
		raising.cancelPendingAbout(ObjectType.REFUSAL, overruled.refusalId().value());
	}

	@ModuleListener
	void on(RefusalFoundWrong wrong) {
		raising.raise(Rule.REFUSAL_FOUND_WRONG,
				new CardSubject(ObjectType.REFUSAL, wrong.refusalId().value(), 0, "#" + wrong.refusalId().value(), wrong.unitId(),
						wrong.departmentId()),
				wrong.handlerStaffId(), Facts.of(wrong.reviewedBy()));
	}

	// 同岗替代制: A and B never absent at the same time.
	@ModuleListener
	void on(PostLeftUncovered uncovered) {
		Post post = organization.post(new PostId(uncovered.postId()));
		long unitId = organization.department(new DepartmentId(post.departmentId())).unitId();
		raising.raise(Rule.POST_LEFT_UNCOVERED,
				new CardSubject(ObjectType.POST, post.id(), uncovered.absenceId(), post.name(), unitId,
						post.departmentId()),
				null, Facts.of(uncovered.from(), uncovered.to()));
	}

	// 首问负责制: handed on more than twice without an answer.
	@ModuleListener
	void on(BuckPassingDetected passing) {
		Long departmentId = passing.chainPostIds().isEmpty() ? null
				: organization.post(new PostId(passing.chainPostIds().get(0))).departmentId();
		raising.raise(Rule.BUCK_PASSING,
				new CardSubject(ObjectType.INQUIRY, passing.inquiryId().value(), 0, "#" + passing.inquiryId().value(), passing.unitId(),
						departmentId),
				null, Facts.of(passing.handOvers()));
	}

	@ModuleListener
	void on(InquiryOverdue overdue) {
		raising.raise(Rule.INQUIRY_OVERDUE,
				new CardSubject(ObjectType.INQUIRY, overdue.inquiryId().value(), 0, "#" + overdue.inquiryId().value(), overdue.unitId(),
						overdue.departmentId()),
				overdue.handlerId(), Facts.of(overdue.deadline()));
	}

	@ModuleListener
	void on(InquiryClosed closed) {
		raising.cancelPendingAbout(ObjectType.INQUIRY, closed.inquiryId().value());
	}

	private static CardSubject caseSubject(CaseFile file, ObjectType type, long part) {
		return new CardSubject(type, file.id(), part, DeadlineWatch.label(file), file.unitId(), file.departmentId());
	}
}
