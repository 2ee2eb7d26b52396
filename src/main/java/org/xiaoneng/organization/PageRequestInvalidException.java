package org.xiaoneng.organization;

import org.xiaoneng.common.RuleViolationException;

/**
 * A page of a list holds from 1 to a largest number of rows.
 */
public class PageRequestInvalidException extends RuleViolationException {

	PageRequestInvalidException(int largest) {
		super(Kind.INVALID_INPUT, "organization.page.requestInvalid", largest);
	}
}
