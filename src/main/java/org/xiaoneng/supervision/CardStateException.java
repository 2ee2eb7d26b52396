package org.xiaoneng.supervision;

import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.xiaoneng.common.RuleViolationException;

/** The card's state forbids the action, e.g. feedback on a card already closed; the message names the state. */
class CardStateException extends RuleViolationException {

	CardStateException(long id, CardState state) {
		super(Kind.CONFLICT, "supervision.error.cardState", id,
				new DefaultMessageSourceResolvable("supervision.card.state." + state.name()));
	}
}
