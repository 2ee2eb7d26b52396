package org.xiaoneng.evaluation.survey;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.springframework.stereotype.Component;
import org.xiaoneng.organization.Caller;
import org.xiaoneng.platform.audit.AuditEntry;
import org.xiaoneng.platform.audit.AuditLog;

/**
 * The survey's sample is drawn from its seed among the period's applicants and visitors, and each person drawn is
 * invited by text message with a link of their own; the survey is open from then on. All in one transaction: a
 * failed draw sends nothing.
 */
@Component
class SurveyInviting {

	private final Surveys surveys;

	private final SurveyInvitations invitations;

	private final SurveyContacts contacts;

	private final SurveyTexts texts;

	private final SurveyTokens tokens;

	private final AuditLog auditLog;

	private final Clock clock;

	SurveyInviting(Surveys surveys, SurveyInvitations invitations, SurveyContacts contacts, SurveyTexts texts,
			SurveyTokens tokens, AuditLog auditLog, Clock clock) {
		this.surveys = surveys;
		this.invitations = invitations;
		this.contacts = contacts;
		this.texts = texts;
		this.tokens = tokens;
		this.auditLog = auditLog;
		this.clock = clock;
	}

	/**
	 * The survey opened and the tokens of its links, which leave the platform only in the text messages (and reach the
	 * demo loader, which answers some of them as the public would).
	 */
	record Invited(Survey survey, List<String> tokens) {
	}

	Invited invite(Caller caller, long surveyId) {
		Survey survey = surveys.lock(surveyId).orElseThrow(() -> new SurveyNotFoundException(surveyId));
		SurveyAccess.requireOver(caller, survey);
		survey.open(clock.instant());
		SurveySample sample = Sampling.draw(contacts.of(survey.unitId(), survey.from(), survey.to()),
				survey.perStratum(), survey.seed());
		if (sample.invited() == 0) {
			throw SurveyRuleException.invalid("survey.error.nobody", survey.from(), survey.to());
		}
		surveys.save(survey);
		surveys.addStrata(surveyId, sample);
		Map<Long, SurveyTexts.Sender> senders = new TreeMap<>();
		List<String> issued = new ArrayList<>();
		sample.strata().forEach((stratum, draw) -> {
			SurveyTexts.Sender sender = senders.computeIfAbsent(stratum.unitId(), unit -> texts.forUnit(survey, unit));
			for (Contact person : draw.drawn()) {
				String token = tokens.newToken();
				issued.add(token);
				long invitationId = invitations.add(surveyId, stratum, tokens.digest(token));
				sender.send(invitationId, token, contacts.phoneOf(person));
			}
		});
		auditLog.record(new AuditEntry("evaluation", "survey.opened", String.valueOf(surveyId),
				SurveyState.DEFINED.name(), SurveyState.OPEN.name() + " invited=" + sample.invited() + " seed="
						+ survey.seed()));
		return new Invited(survey, issued);
	}
}
