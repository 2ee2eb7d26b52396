package org.xiaoneng.catalog;

/** Where a version of a service commitment stands. */
public enum CommitmentStatus {

	/** 草稿 */
	DRAFT,

	/** 已发布, signed by the principal leader */
	PUBLISHED,

	/** 已被新版本替代 */
	SUPERSEDED
}
