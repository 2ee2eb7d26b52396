package org.xiaoneng.catalog;

import org.xiaoneng.common.RuleViolationException;

/** The budgets of the procedure steps add up to no more than the promised limit. */
public class StepBudgetsExceedPromisedLimitException extends RuleViolationException {

	StepBudgetsExceedPromisedLimitException(Object... arguments) {
		super(Kind.RULE_BROKEN, "catalog.rule.budgets", arguments);
	}
}
