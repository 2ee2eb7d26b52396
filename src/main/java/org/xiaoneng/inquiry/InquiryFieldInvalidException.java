package org.xiaoneng.inquiry;

import org.xiaoneng.common.RuleViolationException;

/** A part of an inquiry is malformed (a phone that is no phone number, a material without a name or count, an over-long text). */
public class InquiryFieldInvalidException extends RuleViolationException {

	InquiryFieldInvalidException(String field) {
		super(Kind.INVALID_INPUT, "inquiry.invalid." + field);
	}
}
