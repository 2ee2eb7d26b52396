package org.xiaoneng.inquiry;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Default time limits of the register in working days (a unit may set its own).
 *
 * @param acknowledgeDays acknowledge a matter reaching a new handler within 1 working day
 * @param answerDays answer a consultation (and query, application intent, suggestion, help) within 3 working days
 * @param concludeDays conclude a complaint or report within 15 working days
 * @param acceptanceNoticeDays tell a real-name reporter of acceptance within 10 working days
 * @param callbackDays a post that nobody acted for calls the visitor back within this many working days
 */
@ConfigurationProperties("xiaoneng.inquiry")
record InquirySettings(@DefaultValue("1") int acknowledgeDays, @DefaultValue("3") int answerDays,
		@DefaultValue("15") int concludeDays, @DefaultValue("10") int acceptanceNoticeDays,
		@DefaultValue("1") int callbackDays) {

	TimeLimits defaults() {
		return new TimeLimits(acknowledgeDays, answerDays, concludeDays, acceptanceNoticeDays);
	}
}
