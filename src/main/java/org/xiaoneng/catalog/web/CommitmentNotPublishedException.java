package org.xiaoneng.catalog.web;

import org.xiaoneng.common.RuleViolationException;

/** The unit has not published a service commitment yet. */
class CommitmentNotPublishedException extends RuleViolationException {

	CommitmentNotPublishedException(long unitId) {
		super(Kind.NOT_FOUND, "catalog.notFound.commitment", String.valueOf(unitId));
	}
}
