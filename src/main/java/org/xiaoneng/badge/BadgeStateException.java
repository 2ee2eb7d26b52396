package org.xiaoneng.badge;

import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.xiaoneng.common.RuleViolationException;

/** Only a valid badge can be taken back or reported lost; the message names the badge's state. */
class BadgeStateException extends RuleViolationException {

	BadgeStateException(String number, BadgeStatus status) {
		super(Kind.CONFLICT, "badge.error.state", number, new DefaultMessageSourceResolvable("badge.status." + status));
	}
}
