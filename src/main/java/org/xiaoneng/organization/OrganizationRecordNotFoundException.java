package org.xiaoneng.organization;

import org.xiaoneng.common.RuleViolationException;

/**
 * The region, unit, department, post or staff member asked for does not exist.
 */
public class OrganizationRecordNotFoundException extends RuleViolationException {

	OrganizationRecordNotFoundException(String what, Object id) {
		super(Kind.NOT_FOUND, "organization.notFound." + what, String.valueOf(id));
	}
}
