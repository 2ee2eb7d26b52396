package org.xiaoneng.catalog;

import org.xiaoneng.common.RuleViolationException;

/** A required element of an item is missing or out of range; the message names the element. */
public class ItemElementInvalidException extends RuleViolationException {

	ItemElementInvalidException(String element, Object... arguments) {
		super(Kind.INVALID_INPUT, "catalog.rule.element." + element, arguments);
	}
}
