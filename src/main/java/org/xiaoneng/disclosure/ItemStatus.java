package org.xiaoneng.disclosure;

/**
 * Where an item stands in publishing: a draft, in the confidentiality and personal-information review (保密审查) by a
 * second person, cleared by it, published, or withdrawn (its history kept).
 */
public enum ItemStatus {
	DRAFT, IN_REVIEW, CLEARED, PUBLISHED, WITHDRAWN
}
