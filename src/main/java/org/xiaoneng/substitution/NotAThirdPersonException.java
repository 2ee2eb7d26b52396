package org.xiaoneng.substitution;

import org.xiaoneng.common.RuleViolationException;

/**
 * A leader designates a third person for a post when its holder (A 角) and substitute (B 角) are both away: someone
 * who is neither of them, or the designation would name someone who is away.
 */
public class NotAThirdPersonException extends RuleViolationException {

	NotAThirdPersonException(String name) {
		super(Kind.INVALID_INPUT, "substitution.notAThirdPerson", name);
	}
}
