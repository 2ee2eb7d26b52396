package org.xiaoneng.catalog;

import org.xiaoneng.common.RuleViolationException;

/** An implementation code (实施编码) belongs to one item only. */
public class ImplementationCodeTakenException extends RuleViolationException {

	ImplementationCodeTakenException(Object... arguments) {
		super(Kind.CONFLICT, "catalog.rule.codeTaken", arguments);
	}
}
