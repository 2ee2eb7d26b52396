package org.xiaoneng.disclosure;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the module's limits are set.
 *
 * @param attachmentMaxBytes the largest attachment accepted
 * @param feeByCount whether the information processing fee is charged by the applicant's requests in a month rather
 *        than by the pages of a request (国办函〔2020〕109号 第三条 lets the agency choose)
 */
@ConfigurationProperties("xiaoneng.disclosure")
record DisclosureSettings(@DefaultValue("10485760") int attachmentMaxBytes,
		@DefaultValue("false") boolean feeByCount) {

	DisclosureSettings {
		if (attachmentMaxBytes < 1024) {
			throw new IllegalArgumentException("an attachment may have 1 KB at least");
		}
	}
}
