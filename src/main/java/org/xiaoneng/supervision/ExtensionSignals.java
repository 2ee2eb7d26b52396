package org.xiaoneng.supervision;

import org.springframework.stereotype.Component;
import org.xiaoneng.casework.CaseFile;
import org.xiaoneng.casework.Cases;
import org.xiaoneng.casework.ExtensionAskedLate;
import org.xiaoneng.casework.ExtensionDecisionOverdue;
import org.xiaoneng.common.ModuleListener;

/**
 * The rules on extensions (延期) that casework's events trigger, like {@link Signals}: a request made after the
 * deadline (行政许可法 第四十二条), and a leader's decision not taken in time (领导不压不拖). Raising is idempotent, so a
 * redelivered event raises nothing twice.
 */
@Component
class ExtensionSignals {

	private final Raising raising;

	private final Cases cases;

	ExtensionSignals(Raising raising, Cases cases) {
		this.raising = raising;
		this.cases = cases;
	}

	@ModuleListener
	void on(ExtensionAskedLate late) {
		CaseFile file = cases.caseFile(late.caseId().value());
		raising.raise(Rule.EXTENSION_AFTER_DEADLINE,
				new CardSubject(ObjectType.CASE, file.id(), 0, DeadlineWatch.label(file), late.unitId(),
						late.departmentId()),
				late.handlerStaffId(), Facts.of(late.deadline(), late.askedOn(), late.workingDays()));
	}

	@ModuleListener
	void on(ExtensionDecisionOverdue overdue) {
		CaseFile file = cases.caseFile(overdue.caseId().value());
		raising.raise(Rule.EXTENSION_DECISION_OVERDUE,
				new CardSubject(ObjectType.CASE, file.id(), overdue.extensionId(), DeadlineWatch.label(file),
						overdue.unitId(), overdue.departmentId()),
				overdue.deciderStaffId(), Facts.of(overdue.decisionDue()));
	}
}
