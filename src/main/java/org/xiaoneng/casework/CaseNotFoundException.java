package org.xiaoneng.casework;

import org.xiaoneng.common.RuleViolationException;

/** The case (or the document, extension or rectification of one) does not exist or is not in the caller's scope. */
public class CaseNotFoundException extends RuleViolationException {

	CaseNotFoundException(Object id) {
		super(Kind.NOT_FOUND, "casework.notFound", String.valueOf(id));
	}
}
