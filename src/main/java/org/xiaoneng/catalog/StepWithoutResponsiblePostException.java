package org.xiaoneng.catalog;

import org.xiaoneng.common.RuleViolationException;

/** Every procedure step names the post of the item's unit that answers for it. */
public class StepWithoutResponsiblePostException extends RuleViolationException {

	StepWithoutResponsiblePostException(Object... arguments) {
		super(Kind.INVALID_INPUT, "catalog.rule.stepPost", arguments);
	}
}
