package org.xiaoneng.catalog;

import org.xiaoneng.common.RuleViolationException;

/** The version's status does not allow the action (e.g. submitting a version already in review). */
public class ItemStateConflictException extends RuleViolationException {

	ItemStateConflictException(Object... arguments) {
		super(Kind.CONFLICT, "catalog.rule.state", arguments);
	}
}
