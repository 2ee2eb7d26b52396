package org.xiaoneng.disclosure;

import java.time.LocalDate;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.xiaoneng.organization.Caller;
import org.xiaoneng.platform.audit.AuditEntry;
import org.xiaoneng.platform.audit.AuditLog;

/**
 * The unit's editors record the reconsiderations and suits brought over a request (政府信息公开条例 第五十一条),
 * for the annual report's last table: pending when brought, recorded again with its outcome when that comes.
 */
@Component
class ChallengeRecording {

	private final InformationRequests requests;

	private final JdbcClient jdbc;

	private final AuditLog auditLog;

	ChallengeRecording(InformationRequests requests, JdbcClient jdbc, AuditLog auditLog) {
		this.requests = requests;
		this.jdbc = jdbc;
		this.auditLog = auditLog;
	}

	@Transactional
	long record(long requestId, ChallengeKind kind, LocalDate filedOn, ChallengeOutcome outcome, Caller caller) {
		InformationRequest request = requests.find(requestId)
			.orElseThrow(() -> new DisclosureNotFoundException(requestId));
		DisclosureAccess.requireEditorOf(caller, request.unitId().value(), requestId);
		if (kind == null || filedOn == null || outcome == null) {
			throw new DisclosureInputException("disclosure.error.challengeIncomplete");
		}
		if (request.receivedOn() == null || filedOn.isBefore(request.receivedOn())) {
			throw new RequestRuleException("disclosure.error.challengeBeforeRequest", request.receivedOn());
		}
		long id = jdbc.sql("""
				insert into disclosure.request_challenge (request_id, unit_id, kind, filed_on, outcome, recorded_by)
				values (:request, :unit, :kind, :filed, :outcome, :by)
				on conflict (request_id, kind, filed_on) do update set outcome = excluded.outcome,
				  recorded_by = excluded.recorded_by
				returning id""")
			.param("request", requestId)
			.param("unit", request.unitId().value())
			.param("kind", kind.name())
			.param("filed", filedOn)
			.param("outcome", outcome.name())
			.param("by", caller.name())
			.query(Long.class)
			.single();
		auditLog.record(new AuditEntry(ItemPublishing.MODULE, "challenge.recorded", String.valueOf(id), null,
				kind + " " + outcome));
		return id;
	}
}
