package org.xiaoneng.catalog;

import org.xiaoneng.common.RuleViolationException;

/** An attachment is not larger than the configured limit. */
public class AttachmentTooLargeException extends RuleViolationException {

	AttachmentTooLargeException(Object... arguments) {
		super(Kind.INVALID_INPUT, "catalog.rule.attachmentSize", arguments);
	}
}
