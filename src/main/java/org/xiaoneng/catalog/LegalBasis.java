package org.xiaoneng.catalog;

/**
 * One piece of the legal basis (设定依据).
 *
 * @param law the law or regulation, e.g. 中华人民共和国行政许可法
 * @param article the article, e.g. 第四十二条; empty when the whole text applies
 */
public record LegalBasis(String law, String article) {
}
