package org.xiaoneng.inquiry;

import org.xiaoneng.common.RuleViolationException;

/** The matter is already closed; nothing more can be done on it. */
public class InquiryClosedException extends RuleViolationException {

	InquiryClosedException() {
		super(Kind.CONFLICT, "inquiry.closed");
	}
}
