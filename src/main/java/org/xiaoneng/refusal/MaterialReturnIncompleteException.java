package org.xiaoneng.refusal;

import org.xiaoneng.common.RuleViolationException;

/** A return names the materials and the collector and carries a signature (drawn or a scanned slip). */
public class MaterialReturnIncompleteException extends RuleViolationException {

	MaterialReturnIncompleteException(String messageKey) {
		super(Kind.INVALID_INPUT, messageKey);
	}
}
