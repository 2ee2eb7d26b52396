package org.xiaoneng.catalog;

/** What a material's attachment is. */
public enum AttachmentKind {

	/** 空白表格 */
	BLANK_FORM,

	/** 示范文本 (a filled sample) */
	SAMPLE
}
