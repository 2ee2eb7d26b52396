package org.xiaoneng.refusal;

import org.xiaoneng.common.RuleViolationException;

/** A leader who disagrees says what is to be done with the case. */
public class InstructionRequiredException extends RuleViolationException {

	InstructionRequiredException() {
		super(Kind.INVALID_INPUT, "refusal.error.instructionRequired");
	}
}
