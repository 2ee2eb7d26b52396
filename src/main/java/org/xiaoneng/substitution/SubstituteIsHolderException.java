package org.xiaoneng.substitution;

import org.xiaoneng.common.RuleViolationException;

/** A post's substitute (B 角) must not be its holder (A 角): nobody can stand in for themself. */
public class SubstituteIsHolderException extends RuleViolationException {

	SubstituteIsHolderException(Object... arguments) {
		super(Kind.INVALID_INPUT, "substitution.substituteIsHolder", arguments);
	}
}
