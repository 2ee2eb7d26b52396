package org.xiaoneng.catalog;

/**
 * A special procedure (特别程序: 听证, 检验, 鉴定, 专家评审…).
 *
 * @param name its name
 * @param workingDays the time it needs
 * @param legalBasis its basis
 * @param countedInLimit whether its time counts in the limit
 */
public record SpecialProcedure(String name, int workingDays, String legalBasis, boolean countedInLimit) {
}
