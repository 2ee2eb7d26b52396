package org.xiaoneng.catalog;

import org.xiaoneng.common.RuleViolationException;

/** The caller may not do this to items or commitments of this unit or department. */
public class CatalogAuthorityMissingException extends RuleViolationException {

	CatalogAuthorityMissingException(Object... arguments) {
		super(Kind.RULE_BROKEN, "catalog.rule.authority", arguments);
	}
}
