package org.xiaoneng.refusal;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How refusals are decided and notified.
 *
 * @param decisionWorkingDays the working days a leader has to decide a filing beyond the handler's authority
 */
@ConfigurationProperties("xiaoneng.refusal")
record RefusalSettings(@DefaultValue("2") int decisionWorkingDays) {
}
