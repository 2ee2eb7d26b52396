package org.xiaoneng.disclosure;

import org.xiaoneng.common.RuleViolationException;

/** An attachment that is not a PDF, DOCX or XLSX file its content confirms, cannot be read, or is over the size limit. */
class AttachmentRefusedException extends RuleViolationException {

	AttachmentRefusedException(String why, String name) {
		super(Kind.INVALID_INPUT, "disclosure.error.attachment." + why, name);
	}
}
