package org.xiaoneng.casework;

import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.xiaoneng.common.RuleViolationException;

/** The case's state forbids the action (e.g. accepting twice, working a suspended case). */
public class CaseStateException extends RuleViolationException {

	CaseStateException(CaseState state) {
		super(Kind.CONFLICT, "casework.state", new DefaultMessageSourceResolvable("casework.state." + state.name()));
	}
}
