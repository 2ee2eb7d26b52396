package org.xiaoneng.evaluation;

import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.xiaoneng.common.RuleViolationException;

/** The result's state forbids the action (a signed result is not recomputed, a final one not disputed). */
class ResultStateException extends RuleViolationException {

	ResultStateException(ResultState state) {
		super(Kind.CONFLICT, "evaluation.error.resultState", new DefaultMessageSourceResolvable("evaluation.ResultState." + state.name()));
	}
}
