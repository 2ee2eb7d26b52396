package org.xiaoneng.accountability;

import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.xiaoneng.organization.Callers;
import org.xiaoneng.organization.Organization;
import org.xiaoneng.platform.audit.AuditEntry;
import org.xiaoneng.platform.audit.AuditLog;

/**
 * 十不准 and the units' own rules of conduct: anyone reads a unit's list in force (the portal shows it, so that
 * citizens know what they may report); supervisors publish a unit's next version, or the region's default.
 */
@Service
public class ConductRulebook {

	private final Callers callers;

	private final ConductRules rules;

	private final Organization organization;

	private final AuditLog auditLog;

	private final Clock clock;

	ConductRulebook(Callers callers, ConductRules rules, Organization organization, AuditLog auditLog, Clock clock) {
		this.callers = callers;
		this.rules = rules;
		this.organization = organization;
		this.auditLog = auditLog;
		this.clock = clock;
	}

	/** The region's default list in force. */
	@Transactional(readOnly = true)
	public List<ConductRule> regionDefault() {
		return rules.inForce(ConductRules.REGION);
	}

	/** The unit's list in force: its own latest version, else the region's. */
	@Transactional(readOnly = true)
	public List<ConductRule> inForce(long unitId) {
		organization.unit(unitId);
		return rules.inForce(unitId);
	}

	/**
	 * Publishes the next version of a unit's list (of the region's default for {@code unitId} 0); supervisors only.
	 * Each rule needs a code and a text, codes are unique within the list.
	 */
	@Transactional
	public List<ConductRule> publish(long unitId, List<NewConductRule> list) {
		if (!AccountabilityAccess.supervises(callers.current())) {
			throw new AccessDeniedException("SUPERVISOR");
		}
		if (unitId != ConductRules.REGION) {
			organization.unit(unitId);
		}
		if (list == null || list.isEmpty()) {
			throw new ChoiceRequiredException("conductRules");
		}
		Set<String> codes = new HashSet<>();
		List<ConductRules.Draft> drafts = list.stream().map(rule -> {
			String code = AccountabilityTextRequiredException.require(rule.code(), "conductCode");
			if (!code.matches("[A-Za-z0-9-]{1,20}") || !codes.add(code)) {
				throw new ConductCodeInvalidException(code);
			}
			return new ConductRules.Draft(code, AccountabilityTextRequiredException.require(rule.text(), "conductText"),
					rule.source() == null || rule.source().isBlank() ? "" : rule.source().strip());
		}).toList();
		int version = rules.publish(unitId, drafts, callers.current().name(), clock.instant());
		auditLog.record(new AuditEntry(Opening.MODULE, "conduct.published", String.valueOf(unitId), null,
				"v" + version + " " + drafts.size() + " rules"));
		return rules.inForce(unitId);
	}
}
