package org.xiaoneng.casework;

import org.xiaoneng.common.RuleViolationException;

/** A submission names an item that is not published and in force. */
public class ItemNotInForceException extends RuleViolationException {

	ItemNotInForceException(long itemId) {
		super(Kind.RULE_BROKEN, "casework.item.notInForce", String.valueOf(itemId));
	}
}
