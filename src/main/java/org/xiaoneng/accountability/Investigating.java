package org.xiaoneng.accountability;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Set;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.xiaoneng.calendar.WorkingDayCalendar;
import org.xiaoneng.common.UnitId;
import org.xiaoneng.conduct.ConductCitation;
import org.xiaoneng.conduct.ConductRulebook;
import org.xiaoneng.organization.Caller;
import org.xiaoneng.organization.Organization;
import org.xiaoneng.platform.audit.AuditEntry;
import org.xiaoneng.platform.audit.AuditLog;

/**
 * A supervisor records the investigation (调查核实) and asks the subject for a statement within the configured
 * working days; a breach of the conduct rules cites a rule of the unit's list in force.
 */
@Component
class Investigating {

	private final AccountabilityCases cases;

	private final ConductRulebook conduct;

	private final WorkingDayCalendar calendar;

	private final Organization organization;

	private final AccountabilitySettings settings;

	private final AccountabilityMessages messages;

	private final AuditLog auditLog;

	private final Clock clock;

	Investigating(AccountabilityCases cases, ConductRulebook conduct, WorkingDayCalendar calendar,
			Organization organization, AccountabilitySettings settings, AccountabilityMessages messages,
			AuditLog auditLog, Clock clock) {
		this.cases = cases;
		this.conduct = conduct;
		this.calendar = calendar;
		this.organization = organization;
		this.settings = settings;
		this.messages = messages;
		this.auditLog = auditLog;
		this.clock = clock;
	}

	/** Records the investigation; the conduct rule, when one is cited, by its code in the unit's list in force. */
	@Transactional
	AccountabilityCase investigate(Caller caller, long id, FailureType failure, String conductCode, Severity severity,
			Set<Aggravation> aggravations, String record, String evidence) {
		AccountabilityCase kase = cases.lock(id).orElseThrow(() -> new AccountabilityCaseNotFoundException(id));
		AccountabilityAccess.requireSupervisorOver(caller, kase);
		AccountabilityCase.Findings findings = new AccountabilityCase.Findings(failure,
				cite(kase, failure, conductCode), severity,
				aggravations == null ? Set.of() : aggravations, record, evidence);
		LocalDate today = LocalDate.now(clock);
		LocalDate due = calendar.deadline(organization.unit(new UnitId(kase.subject().unitId())).creditCode(), today,
				settings.statementWorkingDays()).date();
		CaseState before = kase.state();
		kase.investigate(findings, due);
		cases.save(kase);
		auditLog.record(new AuditEntry(Opening.MODULE, "case.investigated", String.valueOf(id), before.name(),
				kase.state() + " " + severity + " " + failure + " due " + due));
		messages.statementRequested(kase);
		return kase;
	}

	/**
	 * The rule cited, by its code in the unit's list in force; without a code, the rule the case's source cited (a
	 * complaint's, a finding's) stands. A breach of 十不准 must cite one.
	 */
	private ConductCitation cite(AccountabilityCase kase, FailureType failure, String conductCode) {
		String code = conductCode == null || conductCode.isBlank() ? null : conductCode.strip();
		if (code != null) {
			return conduct.cite(kase.subject().unitId(), code);
		}
		if (failure == FailureType.CONDUCT_RULE_BROKEN && kase.cited() == null) {
			throw new ChoiceRequiredException("conductCode");
		}
		return kase.cited();
	}
}
