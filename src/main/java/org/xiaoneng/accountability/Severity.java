package org.xiaoneng.accountability;

/** How grave the failure is (情节轻重), from the lightest up; it sets the lightest decision that may close it. */
public enum Severity {

	/** 较轻 */
	MINOR,

	/** 较重 */
	SERIOUS,

	/** 严重 */
	GRAVE
}
