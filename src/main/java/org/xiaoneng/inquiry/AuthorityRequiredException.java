package org.xiaoneng.inquiry;

import org.xiaoneng.common.RuleViolationException;

/** A matter outside the unit is closed only by telling the visitor which authority is competent, chosen from the directory. */
public class AuthorityRequiredException extends RuleViolationException {

	AuthorityRequiredException() {
		super(Kind.INVALID_INPUT, "inquiry.authorityRequired");
	}
}
