package org.xiaoneng.refusal;

import org.xiaoneng.common.RuleViolationException;

/** The materials of a filing are returned once. */
public class MaterialsAlreadyReturnedException extends RuleViolationException {

	MaterialsAlreadyReturnedException() {
		super(Kind.CONFLICT, "refusal.error.alreadyReturned");
	}
}
