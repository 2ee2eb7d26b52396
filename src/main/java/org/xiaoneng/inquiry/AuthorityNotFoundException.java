package org.xiaoneng.inquiry;

import org.xiaoneng.common.RuleViolationException;

/** No such external authority in the directory. */
public class AuthorityNotFoundException extends RuleViolationException {

	AuthorityNotFoundException(Object id) {
		super(Kind.NOT_FOUND, "inquiry.authorityNotFound", String.valueOf(id));
	}
}
