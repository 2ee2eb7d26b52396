package org.xiaoneng.refusal;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How refusals are decided and notified.
 *
 * @param decisionWorkingDays the working days a leader has to decide a filing beyond the handler's authority
 * @param reconsiderationBody the body that hears an administrative reconsideration, named in every notice (行政复议法
 * 第二十四条: for a county department's act, the county people's government)
 */
@ConfigurationProperties("xiaoneng.refusal")
record RefusalSettings(@DefaultValue("2") int decisionWorkingDays,
		@DefaultValue("本级人民政府") String reconsiderationBody) {
}
