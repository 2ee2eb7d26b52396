package org.xiaoneng.accountability;

import org.xiaoneng.common.RuleViolationException;

/** Evidence is a JPEG or PNG photo or a PDF document of at most {@value EvidenceFile#MAX_BYTES} bytes. */
class EvidenceRefusedException extends RuleViolationException {

	EvidenceRefusedException() {
		super(Kind.INVALID_INPUT, "accountability.error.evidenceRefused", EvidenceFile.MAX_BYTES / (1024 * 1024));
	}
}
