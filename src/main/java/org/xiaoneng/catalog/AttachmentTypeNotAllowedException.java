package org.xiaoneng.catalog;

import org.xiaoneng.common.RuleViolationException;

/** An attachment is a PDF, Word, Excel, JPEG or PNG file, by its content and not only its name. */
public class AttachmentTypeNotAllowedException extends RuleViolationException {

	AttachmentTypeNotAllowedException(Object... arguments) {
		super(Kind.INVALID_INPUT, "catalog.rule.attachmentType", arguments);
	}
}
