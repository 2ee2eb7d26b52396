package org.xiaoneng.catalog;

import org.xiaoneng.common.RuleViolationException;

/** The item, version, attachment or commitment asked about does not exist (or is not public). */
public class CatalogRecordNotFoundException extends RuleViolationException {

	CatalogRecordNotFoundException(String what, Object id) {
		super(Kind.NOT_FOUND, "catalog.notFound." + what, String.valueOf(id));
	}
}
