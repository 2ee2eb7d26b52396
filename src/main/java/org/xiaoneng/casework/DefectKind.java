package org.xiaoneng.casework;

/** What a one-time notice says about a material: missing, or received but irregular (不符合法定形式). */
public enum DefectKind {
	MISSING, IRREGULAR
}
