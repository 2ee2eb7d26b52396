package org.xiaoneng.casework;

/** The leader's answer to an extension request. */
public enum ExtensionDecision {
	APPROVED, REJECTED
}
