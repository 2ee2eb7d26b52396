package org.xiaoneng.substitution;

import org.xiaoneng.common.RuleViolationException;

/**
 * A retired post takes no new work: it is given no substitute, stands in for no other post, and nobody is
 * designated to act for it.
 */
public class RetiredPostException extends RuleViolationException {

	RetiredPostException(String name) {
		super(Kind.CONFLICT, "substitution.postRetired", name);
	}
}
