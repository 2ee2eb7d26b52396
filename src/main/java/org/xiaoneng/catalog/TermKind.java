package org.xiaoneng.catalog;

/** What a word kept for an item is: a keyword, another name of the item, or the life event it belongs to. */
public enum TermKind {

	KEYWORD, ALIAS, LIFE_EVENT

}
