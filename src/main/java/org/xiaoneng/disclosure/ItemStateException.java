package org.xiaoneng.disclosure;

import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.xiaoneng.common.RuleViolationException;

/** The item's state forbids the action (a published item is not sent to review again); the message names the state. */
class ItemStateException extends RuleViolationException {

	ItemStateException(String title, ItemStatus status) {
		super(Kind.CONFLICT, "disclosure.error.state", title,
				new DefaultMessageSourceResolvable("disclosure.status." + status));
	}
}
