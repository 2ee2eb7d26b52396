package org.xiaoneng.refusal;

import org.xiaoneng.common.RuleViolationException;

/** Filings, decisions and returns are made by staff members at work, whose particulars go on record. */
public class FilerNotStaffException extends RuleViolationException {

	FilerNotStaffException() {
		super(Kind.RULE_BROKEN, "refusal.error.notStaff");
	}
}
