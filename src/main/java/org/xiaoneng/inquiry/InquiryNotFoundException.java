package org.xiaoneng.inquiry;

import org.xiaoneng.common.RuleViolationException;

/** The inquiry does not exist, or the caller may not see it (a complaint or report, to anyone but supervisors). */
public class InquiryNotFoundException extends RuleViolationException {

	InquiryNotFoundException(Object id) {
		super(Kind.NOT_FOUND, "inquiry.notFound", String.valueOf(id));
	}
}
