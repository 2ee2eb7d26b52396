package org.xiaoneng.catalog.web;

import org.xiaoneng.common.RuleViolationException;

/** No version of the item is in force (never published, or withdrawn): its guide is not public. */
class ItemNotInForceException extends RuleViolationException {

	ItemNotInForceException(long itemId) {
		super(Kind.NOT_FOUND, "catalog.notFound.inForce", String.valueOf(itemId));
	}
}
