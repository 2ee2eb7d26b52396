package org.xiaoneng.catalog;

/** A frequently asked question (常见问题) with its answer. */
public record Faq(String question, String answer) {
}
