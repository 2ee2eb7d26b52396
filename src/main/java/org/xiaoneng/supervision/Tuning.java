package org.xiaoneng.supervision;

import java.time.Clock;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.xiaoneng.common.UnitId;
import org.xiaoneng.organization.Caller;
import org.xiaoneng.organization.Callers;
import org.xiaoneng.organization.Organization;
import org.xiaoneng.platform.audit.AuditEntry;
import org.xiaoneng.platform.audit.AuditLog;

/**
 * A supervisor switches a rule on or off for a unit and tunes its numbers within their ranges; each change is the
 * next version of the unit's rule, which the cards it raises from then on record.
 */
@Component
class Tuning {

	private final RuleBook rules;

	private final Callers callers;

	private final Organization organization;

	private final AuditLog auditLog;

	private final Clock clock;

	Tuning(RuleBook rules, Callers callers, Organization organization, AuditLog auditLog, Clock clock) {
		this.rules = rules;
		this.callers = callers;
		this.organization = organization;
		this.auditLog = auditLog;
		this.clock = clock;
	}

	@Transactional
	RuleTerms tune(long unitId, Rule rule, boolean enabled, Integer threshold, Integer daysLeft, int feedbackDays) {
		Caller caller = callers.current();
		CardAccess.requireSupervisor(caller);
		organization.unit(new UnitId(unitId));
		RuleTerms before = rules.terms(unitId, rule);
		RuleTerms after = before.tunedTo(enabled, threshold, daysLeft, feedbackDays, caller.name(), clock.instant());
		rules.add(after);
		auditLog.record(new AuditEntry(Issuing.MODULE, "rule.tuned", rule.code() + "@" + unitId, describe(before),
				describe(after)));
		return after;
	}

	private static String describe(RuleTerms terms) {
		return "v" + terms.version() + (terms.enabled() ? " on" : " off") + " threshold=" + terms.threshold()
				+ " daysLeft=" + terms.daysLeft() + " feedbackDays=" + terms.feedbackDays();
	}
}
