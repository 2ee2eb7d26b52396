package org.xiaoneng.substitution;

import org.xiaoneng.common.RuleViolationException;

/** A and B must not be away at the same time: an absence that leaves a window or handling post with nobody acting is refused (unless a leader designates a third person). */
public class PostWouldBeUncoveredException extends RuleViolationException {

	PostWouldBeUncoveredException(Object... arguments) {
		super(Kind.CONFLICT, "substitution.uncovered", arguments);
	}
}
