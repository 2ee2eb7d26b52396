package org.xiaoneng.refusal;

import org.xiaoneng.common.RuleViolationException;

/** Only a case received, awaiting correction or in processing can be refused, and only once at a time. */
public class CaseNotRefusableException extends RuleViolationException {

	CaseNotRefusableException() {
		super(Kind.CONFLICT, "refusal.error.caseNotRefusable");
	}
}
