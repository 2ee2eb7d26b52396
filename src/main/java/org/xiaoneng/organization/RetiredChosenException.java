package org.xiaoneng.organization;

import org.xiaoneng.common.RuleViolationException;

/**
 * A retired department or post stays on record for the work done in it, but takes no new work, staff or posts.
 */
public class RetiredChosenException extends RuleViolationException {

	RetiredChosenException(String what, String name) {
		super(Kind.CONFLICT, "organization.retired." + what, name);
	}
}
