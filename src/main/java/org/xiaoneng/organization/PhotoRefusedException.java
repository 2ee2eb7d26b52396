package org.xiaoneng.organization;

import org.xiaoneng.common.RuleViolationException;

/**
 * A staff photo (printed on the duty badge) is a JPEG or PNG image of at most 1 MB.
 */
public class PhotoRefusedException extends RuleViolationException {

	PhotoRefusedException() {
		super(Kind.INVALID_INPUT, "organization.staff.photoInvalid");
	}
}
