package org.xiaoneng.casework;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.xiaoneng.calendar.DeadlineWarning;

/**
 * Local choices of casework (figures set by law are constants in the code).
 *
 * @param publicBaseUrl the public portal's address, printed in the QR codes of notices and receipts
 * @param warningWorkingDaysLeft a deadline turns yellow with this many working days or fewer left
 * @param warningPercentUsed … or once this share of the time is used
 * @param rectificationWorkingDays the time a department head has for a rectification after a bad rating
 * @param extensionDecisionWorkingDays the time a leader has to decide an extension request (领导不压不拖; the same
 *     default as a refusal decision's), cut short by the case's deadline
 */
@ConfigurationProperties("xiaoneng.casework")
record CaseworkSettings(@DefaultValue("http://localhost:8080") String publicBaseUrl,
		@DefaultValue("1") int warningWorkingDaysLeft, @DefaultValue("80") int warningPercentUsed,
		@DefaultValue("15") int rectificationWorkingDays, @DefaultValue("2") int extensionDecisionWorkingDays) {

	DeadlineWarning warning() {
		return new DeadlineWarning(warningWorkingDaysLeft, warningPercentUsed);
	}
}
