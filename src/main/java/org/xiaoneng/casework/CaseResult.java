package org.xiaoneng.casework;

/** The decision of a completed case: granted (准予) or refused (不予, only through a refusal filing). */
public enum CaseResult {
	GRANTED, REFUSED
}
