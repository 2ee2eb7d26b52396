package org.xiaoneng.evaluation;

import java.time.Clock;
import java.util.List;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.xiaoneng.common.UnitId;
import org.xiaoneng.organization.Caller;
import org.xiaoneng.organization.Organization;
import org.xiaoneng.platform.audit.AuditEntry;
import org.xiaoneng.platform.audit.AuditLog;

/**
 * The evaluation team's review of single results: a grade changed by hand under the quota check (a 21st 优秀 of 100
 * is refused without the leader's approval, a blocked person never), a dispute answered, an organisation check's
 * findings (组织核查) recorded; and the principal leader's approval of the wider quota for their unit's staff.
 */
@Component
class ResultReviewing {

	private final Results results;

	private final EvaluationYears years;

	private final Organization organization;

	private final EvaluationSettings settings;

	private final AuditLog auditLog;

	private final Clock clock;

	ResultReviewing(Results results, EvaluationYears years, Organization organization, EvaluationSettings settings,
			AuditLog auditLog, Clock clock) {
		this.results = results;
		this.years = years;
		this.organization = organization;
		this.settings = settings;
		this.auditLog = auditLog;
		this.clock = clock;
	}

	/** QuotaCheck: the team gives a computed result another grade; 优秀 only with room in the pool's quota. */
	@Transactional
	Result regrade(Caller caller, long id, Grade grade) {
		EvaluationAccess.requireTeam(caller);
		if (grade == null) {
			throw new ResultRuleException("evaluation.error.gradeRequired");
		}
		Result result = results.lock(id).orElseThrow(() -> new ResultNotFoundException(id));
		if (grade == Grade.EXCELLENT && result.grade() != Grade.EXCELLENT) {
			List<Result> pool = pool(result);
			int others = (int) pool.stream()
				.filter(r -> r.grade() == Grade.EXCELLENT && !r.idOrNull().equals(result.idOrNull()))
				.count();
			long poolUnit = result.objectType() == ObjectType.STAFF ? result.unitId() : IndicatorComputing.REGION_POOL;
			new Grading(settings).requireRoomForExcellent(result.blockedReason(), others, pool.size(),
					years.widerQuotaApproved(result.year(), result.objectType(), poolUnit));
		}
		Grade before = result.grade();
		result.grade(result.rank() == null ? 0 : result.rank(), grade);
		results.save(result);
		auditLog.record(new AuditEntry(SchemeDrafting.MODULE, "result.regraded", String.valueOf(id),
				String.valueOf(before), grade.name()));
		return result;
	}

	@Transactional
	Result answerDispute(Caller caller, long id, String answer, Grade changed) {
		EvaluationAccess.requireTeam(caller);
		Result result = results.lock(id).orElseThrow(() -> new ResultNotFoundException(id));
		result.answerDispute(answer, changed);
		results.save(result);
		auditLog.record(new AuditEntry(SchemeDrafting.MODULE, "result.disputeAnswered", String.valueOf(id), null,
				String.valueOf(result.grade())));
		return result;
	}

	/** OrganisationCheck: the findings of the check of a failing unit's department, before its result is final. */
	@Transactional
	Result recordCheck(Caller caller, long id, String findings) {
		EvaluationAccess.requireTeam(caller);
		Result result = results.lock(id).orElseThrow(() -> new ResultNotFoundException(id));
		result.recordCheck(findings);
		results.save(result);
		auditLog.record(new AuditEntry(SchemeDrafting.MODULE, "result.checked", String.valueOf(id), null, "findings"));
		return result;
	}

	/** The unit's principal leader approves 25 % instead of 20 % 优秀 for the unit's staff of the year. */
	@Transactional
	void approveWiderQuota(Caller caller, int year, long unitId) {
		Long principal = organization.unit(new UnitId(unitId)).principalLeaderId();
		if (!caller.hasRole("LEADER") || principal == null || !caller.is(principal)) {
			throw new AccessDeniedException("principal leader");
		}
		years.approveWiderQuota(year, ObjectType.STAFF, unitId, caller.name(), clock.instant());
		auditLog.record(new AuditEntry(SchemeDrafting.MODULE, "quota.widened", String.valueOf(unitId), null,
				year + " " + settings.widerQuotaPercent() + "%"));
	}

	private List<Result> pool(Result result) {
		List<Result> year = results.lockYear(result.year(), result.objectType());
		return result.objectType() == ObjectType.STAFF
				? year.stream().filter(r -> r.unitId() == result.unitId()).toList() : year;
	}
}
