package org.xiaoneng.evaluation;

import java.time.Clock;
import java.util.List;

import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.xiaoneng.organization.Caller;
import org.xiaoneng.platform.audit.AuditEntry;
import org.xiaoneng.platform.audit.AuditLog;

/**
 * The evaluation team starts a year's evaluation: the latest version of each of the year's schemes is frozen, and
 * results may be computed. A year without a department scheme and a staff scheme cannot start.
 */
@Component
class YearStarting {

	private final Schemes schemes;

	private final EvaluationYears years;

	private final AuditLog auditLog;

	private final Clock clock;

	YearStarting(Schemes schemes, EvaluationYears years, AuditLog auditLog, Clock clock) {
		this.schemes = schemes;
		this.years = years;
		this.auditLog = auditLog;
		this.clock = clock;
	}

	@Transactional
	List<Scheme> start(Caller caller, int year) {
		EvaluationAccess.requireTeam(caller);
		List<Scheme> latest = schemes.latestOfYear(year);
		for (ObjectType type : ObjectType.values()) {
			if (latest.stream().noneMatch(scheme -> scheme.objectType() == type)) {
				throw new ResultRuleException("evaluation.error.schemeMissing", String.valueOf(year),
						new DefaultMessageSourceResolvable("evaluation.ObjectType." + type.name()));
			}
		}
		if (years.start(year, caller.name(), clock.instant())) {
			latest.forEach(scheme -> {
				scheme.freeze(clock.instant());
				schemes.saveFrozen(scheme);
			});
			auditLog.record(new AuditEntry(SchemeDrafting.MODULE, "year.started", String.valueOf(year), null,
					latest.stream().map(s -> s.objectType() + " " + s.scale() + " v" + s.version()).toList().toString()));
		}
		return latest;
	}
}
