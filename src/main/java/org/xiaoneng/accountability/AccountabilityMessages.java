package org.xiaoneng.accountability;

import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.xiaoneng.common.StaffId;
import org.xiaoneng.organization.Organization;
import org.xiaoneng.organization.StaffMember;
import org.xiaoneng.platform.notification.Notification;
import org.xiaoneng.platform.notification.Notifications;

/**
 * What the subject is told in their inbox: that a statement is asked of them by a day, and that their case was
 * decided. Neither names the source's people: the subject learns the failure, never who complained.
 */
@Component
class AccountabilityMessages {

	private final Organization organization;

	private final Notifications notifications;

	private final MessageSource messages;

	private final Hearing hearing;

	AccountabilityMessages(Organization organization, Notifications notifications, MessageSource messages,
			Hearing hearing) {
		this.organization = organization;
		this.notifications = notifications;
		this.messages = messages;
		this.hearing = hearing;
	}

	void statementRequested(AccountabilityCase kase) {
		tell(kase, "statement", text("accountability.message.statement.subject", String.valueOf(kase.idOrNull())),
				text("accountability.message.statement.body", failure(kase), kase.statementDue()));
	}

	void decided(AccountabilityCase kase) {
		tell(kase, "decided", text("accountability.message.decided.subject", String.valueOf(kase.idOrNull())),
				text("accountability.message.decided.body", failure(kase), kase.decision().decidedOn()));
	}

	private void tell(AccountabilityCase kase, String what, String subject, String body) {
		Long respondent = hearing.respondentOf(kase.subject());
		if (respondent == null) {
			return;
		}
		StaffMember staff = organization.staffMember(new StaffId(respondent));
		if (staff.username() != null) {
			notifications.send(Notification.inApp(staff.username(), subject, body,
					"/accountability/cases/" + kase.idOrNull())
				.withIdempotencyKey("accountability:case:" + kase.idOrNull() + ":" + what + ":" + respondent));
		}
	}

	private String failure(AccountabilityCase kase) {
		return text("accountability.FailureType." + kase.failureType().name());
	}

	private String text(String key, Object... arguments) {
		return messages.getMessage(key, arguments, Locale.SIMPLIFIED_CHINESE);
	}
}
