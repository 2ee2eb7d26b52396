package org.xiaoneng.inquiry;

/**
 * A unit's time limits for inquiries, in working days.
 *
 * @param acknowledgeDays acknowledge a matter that reaches a new handler (default 1)
 * @param answerDays answer a consultation, query, application intent, suggestion or request for help (default 3)
 * @param concludeDays conclude a complaint or report (default 15)
 * @param acceptanceNoticeDays tell a real-name reporter that the report was accepted (default 10)
 */
public record TimeLimits(int acknowledgeDays, int answerDays, int concludeDays, int acceptanceNoticeDays) {
}
