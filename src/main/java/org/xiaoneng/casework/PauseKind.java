package org.xiaoneng.casework;

/** Why the clock pauses: correction after acceptance (补正), or a special procedure (行政许可法 第四十五条). */
public enum PauseKind {
	CORRECTION, SPECIAL_PROCEDURE
}
