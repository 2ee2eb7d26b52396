package org.xiaoneng.substitution;

import org.xiaoneng.common.RuleViolationException;

/** The absence (or other record) asked about does not exist. */
public class SubstitutionRecordNotFoundException extends RuleViolationException {

	SubstitutionRecordNotFoundException(String what, Object id) {
		super(Kind.NOT_FOUND, "substitution.notFound." + what, String.valueOf(id));
	}
}
