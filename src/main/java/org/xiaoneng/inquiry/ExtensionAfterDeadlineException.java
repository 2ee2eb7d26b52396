package org.xiaoneng.inquiry;

import org.xiaoneng.common.RuleViolationException;

/** An extension must be approved before the deadline; once it has passed, the matter is overdue and stays so. */
public class ExtensionAfterDeadlineException extends RuleViolationException {

	ExtensionAfterDeadlineException(java.time.LocalDate deadline) {
		super(Kind.RULE_BROKEN, "inquiry.extensionAfterDeadline", deadline);
	}
}
