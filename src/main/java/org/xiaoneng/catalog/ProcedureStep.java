package org.xiaoneng.catalog;

/**
 * One step of the procedure (办理流程).
 *
 * @param number from 1
 * @param name e.g. 受理, 审查, 决定
 * @param postId the post that answers for it
 * @param budgetWorkingDays its share of the promised limit; the budgets add up to no more than that limit
 */
public record ProcedureStep(int number, String name, long postId, int budgetWorkingDays) {
}
