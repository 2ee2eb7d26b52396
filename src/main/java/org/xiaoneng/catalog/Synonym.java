package org.xiaoneng.catalog;

/**
 * A word people use and what the catalogue calls it: a search for the word also looks for the meaning.
 *
 * @param id the synonym's id
 * @param word what people say (开饭店)
 * @param meaning what the catalogue says (食品经营许可)
 */
public record Synonym(long id, String word, String meaning) {
}
