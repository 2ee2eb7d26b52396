package org.xiaoneng.conduct;

import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.xiaoneng.common.UnitId;
import org.xiaoneng.organization.Caller;
import org.xiaoneng.organization.Callers;
import org.xiaoneng.organization.Organization;
import org.xiaoneng.platform.audit.AuditEntry;
import org.xiaoneng.platform.audit.AuditLog;

/**
 * 十不准 and the units' own rules of conduct: anyone reads a unit's list in force (the portal shows it, so that
 * citizens know what they may report); complaints, findings and cases cite a rule of it by code; supervisors publish
 * a unit's next version, or the region's default.
 */
@Service
public class ConductRulebook {

	private static final String MODULE = "conduct";

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
		organization.unit(new UnitId(unitId));
		return rules.inForce(unitId);
	}

	/**
	 * The rule of that code in the unit's list in force, as a complaint, finding or case cites it; a code the list
	 * does not hold is refused with a message naming it.
	 */
	@Transactional(readOnly = true)
	public ConductCitation cite(long unitId, String code) {
		String wanted = code == null ? "" : code.strip();
		return rules.inForce(unitId, wanted)
			.orElseThrow(() -> new ConductRuleUnknownException(wanted))
			.citation();
	}

	/** The wording of a cited rule in the version it was cited in; empty if that version never held the code. */
	@Transactional(readOnly = true)
	public Optional<String> wording(ConductCitation cited) {
		return rules.text(cited);
	}

	/**
	 * Publishes the next version of a unit's list (of the region's default for {@code unitId} 0); supervisors only.
	 * Each rule needs a code and a text, codes are unique within the list.
	 */
	@Transactional
	public List<ConductRule> publish(long unitId, List<NewConductRule> list) {
		Caller caller = callers.current();
		if (!caller.hasRole("SUPERVISOR") && !caller.isSystem()) {
			throw new AccessDeniedException("SUPERVISOR");
		}
		if (unitId != ConductRules.REGION) {
			organization.unit(new UnitId(unitId));
		}
		if (list == null || list.isEmpty()) {
			throw ConductInputException.empty();
		}
		Set<String> codes = new HashSet<>();
		List<ConductRules.Draft> drafts = list.stream().map(rule -> {
			String code = ConductInputException.require(rule.code(), "code");
			if (!code.matches("[A-Za-z0-9-]{1,20}") || !codes.add(code)) {
				throw new ConductCodeInvalidException(code);
			}
			return new ConductRules.Draft(code, ConductInputException.require(rule.text(), "text"),
					rule.source() == null || rule.source().isBlank() ? "" : rule.source().strip());
		}).toList();
		int version = rules.publish(unitId, drafts, caller.name(), clock.instant());
		auditLog.record(new AuditEntry(MODULE, "conduct.published", String.valueOf(unitId), null,
				"v" + version + " " + drafts.size() + " rules"));
		return rules.inForce(unitId);
	}
}
