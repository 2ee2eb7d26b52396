package org.xiaoneng.catalog;

/** Where a version of an item stands. */
public enum ItemStatus {

	/** 草稿: being written; may change. */
	DRAFT,

	/** 待审核: submitted; a reviewer publishes it or returns it to draft. */
	IN_REVIEW,

	/** 已发布: published; never changes again. */
	PUBLISHED,

	/** 已被新版本替代: a later published version is in force. */
	SUPERSEDED,

	/** 已停用: the item was withdrawn; kept as history. */
	WITHDRAWN
}
