package org.xiaoneng.substitution;

import org.xiaoneng.common.RuleViolationException;

/** Only the absentee's department head (the leader, for heads) approves an absence; only a post's department head, a leader or an administrator names substitutes. */
public class ApprovalAuthorityMissingException extends RuleViolationException {

	ApprovalAuthorityMissingException(Object... arguments) {
		super(Kind.RULE_BROKEN, "substitution.noAuthority", arguments);
	}
}
