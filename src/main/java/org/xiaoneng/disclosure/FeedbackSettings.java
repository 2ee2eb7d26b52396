package org.xiaoneng.disclosure;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How long an editor has to answer the public's feedback on an item.
 *
 * @param answerWorkingDays the working days of the unit's calendar after the day feedback came in, by the last of which
 *        it is answered (default 5)
 */
@ConfigurationProperties("xiaoneng.disclosure.feedback")
record FeedbackSettings(@DefaultValue("5") int answerWorkingDays) {

	FeedbackSettings {
		if (answerWorkingDays < 1 || answerWorkingDays > 60) {
			throw new IllegalArgumentException("feedback is answered within 1 to 60 working days");
		}
	}
}
