package org.xiaoneng.disclosure;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the module's limits are set.
 *
 * @param attachmentMaxBytes the largest attachment accepted
 * @param feedbackWorkingDays the working days an editor has to answer the public's feedback (意见建议)
 * @param feedbackMaxChars the longest feedback accepted
 * @param feeByCount whether the information processing fee is charged by the applicant's requests in a month rather
 *        than by the pages of a request (国办函〔2020〕109号 第三条 lets the agency choose)
 */
@ConfigurationProperties("xiaoneng.disclosure")
record DisclosureSettings(@DefaultValue("10485760") int attachmentMaxBytes, @DefaultValue("5") int feedbackWorkingDays,
		@DefaultValue("2000") int feedbackMaxChars, @DefaultValue("false") boolean feeByCount) {

	DisclosureSettings {
		if (attachmentMaxBytes < 1024 || feedbackWorkingDays < 1 || feedbackMaxChars < 10) {
			throw new IllegalArgumentException("attachments of 1 KB, a working day and ten characters at least");
		}
	}
}
