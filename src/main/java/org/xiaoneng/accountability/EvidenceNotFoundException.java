package org.xiaoneng.accountability;

import org.xiaoneng.common.RuleViolationException;

/** There is no such evidence file. */
class EvidenceNotFoundException extends RuleViolationException {

	EvidenceNotFoundException(long id) {
		super(Kind.NOT_FOUND, "accountability.error.evidenceNotFound", String.valueOf(id));
	}
}
