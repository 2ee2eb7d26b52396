package org.xiaoneng.organization;

import org.xiaoneng.common.RuleViolationException;

/**
 * A phone number is a mainland mobile number (11 digits starting with 1) or a landline with its area code.
 */
public class PhoneNumberInvalidException extends RuleViolationException {

	PhoneNumberInvalidException() {
		super(Kind.INVALID_INPUT, "organization.staff.phoneInvalid");
	}
}
