package org.xiaoneng.accountability;

/** What the person a finding is about did when shown it. */
public enum Acknowledgement {

	/** Signed the finding (本人签字确认). */
	ACKNOWLEDGED,

	/** Refused to sign (拒绝签字); the inspector records the circumstances instead. */
	REFUSED
}
