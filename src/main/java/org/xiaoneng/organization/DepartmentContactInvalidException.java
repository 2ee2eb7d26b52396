package org.xiaoneng.organization;

import org.xiaoneng.common.RuleViolationException;

/**
 * A department's public location is a short text (a building and room, at most 100 characters) and its phone a
 * landline with its area code or a mobile number, so that the visitor's slip can print them.
 */
public class DepartmentContactInvalidException extends RuleViolationException {

	DepartmentContactInvalidException() {
		super(Kind.INVALID_INPUT, "organization.department.contactInvalid");
	}
}
