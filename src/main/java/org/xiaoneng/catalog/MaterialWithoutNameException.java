package org.xiaoneng.catalog;

import org.xiaoneng.common.RuleViolationException;

/** Every material has a name: the one-time notice lists each by name. */
public class MaterialWithoutNameException extends RuleViolationException {

	MaterialWithoutNameException(Object... arguments) {
		super(Kind.INVALID_INPUT, "catalog.rule.materialName", arguments);
	}
}
