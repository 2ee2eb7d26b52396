package org.xiaoneng.evaluation;

import org.xiaoneng.common.RuleViolationException;

/**
 * A scheme breaks a rule of its tree: weights of a level not summing to 100, an indicator without a rule, a computed
 * indicator without its figure, a qualitative one without criteria. The message names the node.
 */
class SchemeInvalidException extends RuleViolationException {

	SchemeInvalidException(String messageKey, Object... arguments) {
		super(Kind.INVALID_INPUT, messageKey, arguments);
	}
}
