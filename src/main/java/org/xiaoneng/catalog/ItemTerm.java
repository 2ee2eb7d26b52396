package org.xiaoneng.catalog;

/**
 * A word the public search finds an item by, beyond its name and codes.
 *
 * @param id the term's id
 * @param itemId the item (all its versions)
 * @param kind keyword, alias or life event
 * @param term the word
 */
public record ItemTerm(long id, long itemId, TermKind kind, String term) {
}
