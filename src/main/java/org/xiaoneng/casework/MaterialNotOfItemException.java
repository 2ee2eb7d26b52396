package org.xiaoneng.casework;

import org.xiaoneng.common.RuleViolationException;

/** A material names an item material number the item version does not have. */
public class MaterialNotOfItemException extends RuleViolationException {

	MaterialNotOfItemException(int number) {
		super(Kind.INVALID_INPUT, "casework.material.notOfItem", String.valueOf(number));
	}
}
