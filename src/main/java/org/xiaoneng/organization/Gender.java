package org.xiaoneng.organization;

/** 性别. */
public enum Gender {
	MALE, FEMALE
}
