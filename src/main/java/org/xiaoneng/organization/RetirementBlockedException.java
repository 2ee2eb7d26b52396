package org.xiaoneng.organization;

import org.xiaoneng.common.RuleViolationException;

/**
 * A department is retired only once nobody works in it and nothing in force sits under it, and a post only once
 * nobody holds it: retiring one must not leave staff or posts without a place.
 */
public class RetirementBlockedException extends RuleViolationException {

	RetirementBlockedException(String messageKey, String name) {
		super(Kind.CONFLICT, messageKey, name);
	}
}
