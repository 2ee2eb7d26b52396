package org.xiaoneng.evaluation.survey;

import java.time.Clock;
import java.time.Instant;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.xiaoneng.calendar.OfficeHours;
import org.xiaoneng.common.UnitId;
import org.xiaoneng.organization.Organization;
import org.xiaoneng.organization.Unit;
import org.xiaoneng.platform.notification.Notification;
import org.xiaoneng.platform.notification.Notifications;

/**
 * The invitation's text message, in Chinese, through the outbox: held until the office hours of the unit asking (no
 * survey wakes anyone at night), sent at most once per link.
 */
@Component
class SurveyTexts {

	private final Notifications notifications;

	private final OfficeHours officeHours;

	private final Organization organization;

	private final MessageSource messages;

	private final SurveySettings settings;

	private final Clock clock;

	SurveyTexts(Notifications notifications, OfficeHours officeHours, Organization organization, MessageSource messages,
			SurveySettings settings, Clock clock) {
		this.notifications = notifications;
		this.officeHours = officeHours;
		this.organization = organization;
		this.messages = messages;
		this.settings = settings;
		this.clock = clock;
	}

	/** The texts of one unit's invitations: its name in the message, its office hours for sending. */
	Sender forUnit(Survey survey, long unitId) {
		Unit unit = organization.unit(new UnitId(unitId));
		Instant at = officeHours.nextOpening(unit.creditCode(), clock.instant());
		String subject = text("survey.sms.subject");
		return (invitationId, token, phone) -> notifications.send(Notification
			.sms(phone, subject, text("survey.sms.body", unit.name(), String.valueOf(survey.from()),
					String.valueOf(survey.to()), settings.link(token), String.valueOf(survey.answerBy())))
			.withIdempotencyKey("evaluation:survey:" + survey.idOrNull() + ":invitation:" + invitationId), at);
	}

	/** Sends one invitation of a unit. */
	@FunctionalInterface
	interface Sender {

		void send(long invitationId, String token, String phone);
	}

	private String text(String key, Object... arguments) {
		return messages.getMessage(key, arguments, Locale.SIMPLIFIED_CHINESE);
	}
}
