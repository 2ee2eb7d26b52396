package org.xiaoneng.catalog;

import org.xiaoneng.common.RuleViolationException;

/** A published version never changes; an edit is the next version. */
public class PublishedVersionImmutableException extends RuleViolationException {

	PublishedVersionImmutableException(Object... arguments) {
		super(Kind.CONFLICT, "catalog.rule.immutable", arguments);
	}
}
