package org.xiaoneng.evaluation;

import java.time.Clock;
import java.util.List;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.xiaoneng.organization.Caller;
import org.xiaoneng.platform.audit.AuditEntry;
import org.xiaoneng.platform.audit.AuditLog;

/**
 * The evaluation team drafts a year's scheme, or the next version of it, from its own tree or from the source text's
 * default; a version frozen by the year's start is not revised.
 */
@Component
class SchemeDrafting {

	static final String MODULE = "evaluation";

	private final Schemes schemes;

	private final AuditLog auditLog;

	private final Clock clock;

	SchemeDrafting(Schemes schemes, AuditLog auditLog, Clock clock) {
		this.schemes = schemes;
		this.auditLog = auditLog;
		this.clock = clock;
	}

	@Transactional
	Scheme draft(Caller caller, int year, ObjectType type, GradeScale scale, List<Indicator> dimensions) {
		EvaluationAccess.requireTeam(caller);
		if (type == null || scale == null) {
			throw new SchemeInvalidException("evaluation.error.objectTypeRequired");
		}
		Scheme drafted = schemes.lockLatest(year, type, scale)
			.map(latest -> latest.revise(dimensions, caller.name(), clock.instant()))
			.orElseGet(() -> Scheme.draft(year, type, scale, dimensions, caller.name(), clock.instant()));
		schemes.add(drafted);
		auditLog.record(new AuditEntry(MODULE, "scheme.drafted", String.valueOf(drafted.idOrNull()), null,
				year + " " + type + " " + scale + " v" + drafted.version()));
		return drafted;
	}

	/** The source text's default for the kind of object, 廉 included for staff when the region uses it. */
	@Transactional
	Scheme draftDefault(Caller caller, int year, ObjectType type, GradeScale scale, boolean withIntegrity) {
		List<Indicator> tree = type == ObjectType.DEPARTMENT ? DefaultSchemes.department()
				: DefaultSchemes.staff(withIntegrity);
		return draft(caller, year, type, scale, tree);
	}
}
