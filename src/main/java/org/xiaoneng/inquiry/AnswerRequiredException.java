package org.xiaoneng.inquiry;

import org.xiaoneng.common.RuleViolationException;

/** 首问到底: a matter is closed only with the answer the visitor was given. */
public class AnswerRequiredException extends RuleViolationException {

	AnswerRequiredException() {
		super(Kind.INVALID_INPUT, "inquiry.answerRequired");
	}
}
