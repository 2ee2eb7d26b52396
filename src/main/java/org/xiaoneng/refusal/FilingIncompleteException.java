package org.xiaoneng.refusal;

import org.xiaoneng.common.RuleViolationException;

/** A filing needs its reasons and at least one legal basis (行政许可法 第三十八条: a refusal states its reasons and basis). */
public class FilingIncompleteException extends RuleViolationException {

	FilingIncompleteException(String messageKey) {
		super(Kind.INVALID_INPUT, messageKey);
	}
}
