package org.xiaoneng.inquiry;

import org.xiaoneng.common.RuleViolationException;

/** A required part of an inquiry is missing: the category, the subject, the unit, or the content of a complaint or report (it must say what is complained about). */
public class InquiryFieldRequiredException extends RuleViolationException {

	InquiryFieldRequiredException(String field) {
		super(Kind.INVALID_INPUT, "inquiry.required." + field);
	}
}
