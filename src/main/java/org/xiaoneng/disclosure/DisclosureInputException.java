package org.xiaoneng.disclosure;

import org.xiaoneng.common.RuleViolationException;

/** Input the module cannot take (a missing title or description, text over its size limit); the key names what. */
class DisclosureInputException extends RuleViolationException {

	DisclosureInputException(String messageKey, Object... arguments) {
		super(Kind.INVALID_INPUT, messageKey, arguments);
	}
}
