package org.xiaoneng.casework;

import java.time.Instant;

import org.springframework.stereotype.Component;
import org.xiaoneng.organization.Caller;
import org.xiaoneng.platform.audit.AuditEntry;
import org.xiaoneng.platform.audit.AuditLog;

/**
 * A case's history, written in the transaction of each change and, for what people do, in the audit log too: every
 * state change that a rule cares about is on record.
 */
@Component
class CaseJournal {

	private final CasePapers papers;

	private final AuditLog auditLog;

	CaseJournal(CasePapers papers, AuditLog auditLog) {
		this.papers = papers;
		this.auditLog = auditLog;
	}

	/** What the caller did to the case, in its history and the audit log under the caller's name. */
	void record(long caseId, Caller caller, Instant at, String action, String note) {
		record(caseId, caller.name(), at, action, note);
	}

	/** What someone without a login did (the applicant rating the case), under the name given. */
	void record(long caseId, String actor, Instant at, String action, String note) {
		papers.history(caseId, at, actor, action, note);
		auditLog.recordAs(actor, new AuditEntry(Cases.MODULE, "case." + action, String.valueOf(caseId), null, note));
	}

	/** What the system found (e.g. a handover not signed for), in the case's history only. */
	void found(long caseId, Instant at, String action, String note) {
		papers.history(caseId, at, "system", action, note);
	}
}
