package org.xiaoneng.evaluation;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.xiaoneng.common.StaffId;
import org.xiaoneng.common.UnitId;
import org.xiaoneng.organization.Caller;
import org.xiaoneng.organization.Department;
import org.xiaoneng.organization.Organization;
import org.xiaoneng.organization.StaffMember;
import org.xiaoneng.organization.Unit;
import org.xiaoneng.platform.audit.AuditEntry;
import org.xiaoneng.platform.audit.AuditLog;

/**
 * The evaluation team computes the year: every department and every staff member at work scored by the frozen scheme
 * of their kind and grade scale, from the year's inputs gathered set-based, then ranked and graded pool by pool
 * (a unit's staff; the region's departments) under the 优秀 quota and the blocks. Recomputing is allowed until the
 * results are published.
 */
@Component
class IndicatorComputing {

	/** The pool of the region's departments in the quota approvals. */
	static final long REGION_POOL = 0;

	private final Schemes schemes;

	private final Results results;

	private final EvaluationYears years;

	private final EnteredScores entered;

	private final YearInputs inputs;

	private final Organization organization;

	private final EvaluationSettings settings;

	private final AuditLog auditLog;

	IndicatorComputing(Schemes schemes, Results results, EvaluationYears years, EnteredScores entered,
			YearInputs inputs, Organization organization, EvaluationSettings settings, AuditLog auditLog) {
		this.schemes = schemes;
		this.results = results;
		this.years = years;
		this.entered = entered;
		this.inputs = inputs;
		this.organization = organization;
		this.settings = settings;
		this.auditLog = auditLog;
	}

	/** Computes, ranks and grades the year; the number of results. */
	@Transactional
	int compute(Caller caller, int year) {
		Map<String, Scheme> byKind = startedSchemes(caller, year);
		YearInputs.Year year0 = inputs.of(year);
		Map<Long, Result> departments = index(results.lockYear(year, ObjectType.DEPARTMENT));
		Map<Long, Result> staff = index(results.lockYear(year, ObjectType.STAFF));
		Map<Long, Map<String, Double>> departmentScores = entered.ofYear(year, ObjectType.DEPARTMENT);
		Map<Long, Map<String, Double>> staffScores = entered.ofYear(year, ObjectType.STAFF);
		List<Result> departmentPool = new ArrayList<>();
		int count = 0;
		for (Unit unit : organization.units()) {
			GradeScale scale = scaleOf(unit);
			Scheme departmentScheme = scheme(byKind, ObjectType.DEPARTMENT, scale, year);
			for (Department department : organization.departmentsOf(new UnitId(unit.id()))) {
				Scorecard.Inputs in = new Scorecard.Inputs(year0.ofDepartment(department.id()),
						departmentScores.getOrDefault(department.id(), Map.of()),
						year0.publicScores().get(department.id()));
				departmentPool.add(score(departments, year, ObjectType.DEPARTMENT, department.id(), unit.id(),
						department.id(), departmentScheme, in, year0.departmentBlocks().get(department.id())));
			}
			List<Result> unitPool = new ArrayList<>();
			Scheme staffScheme = scheme(byKind, ObjectType.STAFF, scale, year);
			for (StaffMember member : organization.staffOnDuty(new UnitId(unit.id()))) {
				Scorecard.Inputs in = new Scorecard.Inputs(year0.ofStaff(member.id()),
						staffScores.getOrDefault(member.id(), Map.of()), year0.publicScores().get(member.departmentId()));
				unitPool.add(score(staff, year, ObjectType.STAFF, member.id(), unit.id(), member.departmentId(),
						staffScheme, in, year0.staffBlocks().get(member.id())));
			}
			grade(unitPool, years.widerQuotaApproved(year, ObjectType.STAFF, unit.id()));
			count += unitPool.size();
		}
		grade(departmentPool, years.widerQuotaApproved(year, ObjectType.DEPARTMENT, REGION_POOL));
		count += departmentPool.size();
		auditLog.record(new AuditEntry(SchemeDrafting.MODULE, "year.computed", String.valueOf(year), null,
				count + " results"));
		return count;
	}

	/**
	 * Recomputes one staff member's result of the year alone, from the owning modules' readers restricted to them,
	 * and grades their unit's pool again with it: the figures the whole year's computation gives them, under the same
	 * rules (the team, a started year, until published).
	 */
	@Transactional
	Result computeStaff(Caller caller, int year, StaffId staffId) {
		Map<String, Scheme> byKind = startedSchemes(caller, year);
		StaffMember member = organization.visibleStaffMember(staffId);
		UnitId unitId = new UnitId(member.unitId());
		Map<Long, Result> unitResults = index(results.lockUnit(year, ObjectType.STAFF, unitId.value()));
		List<Result> unitPool = new ArrayList<>();
		Result mine = null;
		for (StaffMember colleague : organization.staffOnDuty(unitId)) {
			if (colleague.id() == member.id()) {
				YearInputs.Year year0 = inputs.ofStaff(year, staffId);
				Scorecard.Inputs in = new Scorecard.Inputs(year0.ofStaff(member.id()),
						entered.ofObject(year, ObjectType.STAFF, member.id()),
						year0.publicScores().get(member.departmentId()));
				mine = score(unitResults, year, ObjectType.STAFF, member.id(), unitId.value(), member.departmentId(),
						scheme(byKind, ObjectType.STAFF, scaleOf(organization.unit(unitId)), year), in,
						year0.staffBlocks().get(member.id()));
				unitPool.add(mine);
			}
			else if (unitResults.containsKey(colleague.id())) {
				unitPool.add(unitResults.get(colleague.id()));
			}
		}
		if (mine == null) {
			throw new ResultRuleException("evaluation.error.notOnDuty", member.name());
		}
		grade(unitPool, years.widerQuotaApproved(year, ObjectType.STAFF, unitId.value()));
		auditLog.record(new AuditEntry(SchemeDrafting.MODULE, "staff.computed", String.valueOf(year),
				String.valueOf(member.id()), String.valueOf(mine.total())));
		return mine;
	}

	private Map<String, Scheme> startedSchemes(Caller caller, int year) {
		EvaluationAccess.requireTeam(caller);
		if (years.startedAt(year).isEmpty()) {
			throw new ResultRuleException("evaluation.error.yearNotStarted", String.valueOf(year));
		}
		return schemes.latestOfYear(year)
			.stream()
			.collect(Collectors.toMap(s -> key(s.objectType(), s.scale()), Function.identity()));
	}

	/**
	 * The grade scale of a unit's people: a public institution (事业单位) is known by its unified social credit
	 * code, whose second character, the organisation category, is 2 (GB 32100-2015 4.2: 1 机关, 2 事业单位).
	 */
	static GradeScale scaleOf(Unit unit) {
		String code = unit.creditCode();
		return code != null && code.length() > 1 && code.charAt(0) == '1' && code.charAt(1) == '2'
				? GradeScale.INSTITUTION : GradeScale.CIVIL_SERVANT;
	}

	private Result score(Map<Long, Result> existing, int year, ObjectType type, long objectId, long unitId,
			long departmentId, Scheme scheme, Scorecard.Inputs in, String blocked) {
		List<ScoreLine> lines = Scorecard.score(scheme, in);
		Result result = existing.get(objectId);
		if (result == null) {
			result = Result.computed(year, type, objectId, unitId, departmentId, scheme.scale(), scheme.id(), lines,
					blocked);
		}
		else {
			result.recompute(scheme.id(), lines, blocked);
		}
		results.save(result);
		return result;
	}

	private void grade(List<Result> pool, boolean widerApproved) {
		Map<Long, Result> byId = new HashMap<>();
		List<Grading.Candidate> candidates = new ArrayList<>();
		for (Result result : pool) {
			byId.put(result.idOrNull(), result);
			candidates.add(new Grading.Candidate(result.idOrNull(), result.total(), result.blockedReason()));
		}
		for (Grading.Graded graded : new Grading(settings).grade(candidates, widerApproved)) {
			Result result = byId.get(graded.resultId());
			// one person recomputed moves few places in a pool of a thousand: only those are written again
			if (result.grade(graded.rank(), graded.grade())) {
				results.save(result);
			}
		}
	}

	private static Scheme scheme(Map<String, Scheme> byKind, ObjectType type, GradeScale scale, int year) {
		Scheme scheme = byKind.get(key(type, scale));
		if (scheme == null) {
			throw new ResultRuleException("evaluation.error.schemeMissingForScale", String.valueOf(year),
					new DefaultMessageSourceResolvable("evaluation.ObjectType." + type.name()),
					new DefaultMessageSourceResolvable("evaluation.GradeScale." + scale.name()));
		}
		return scheme;
	}

	private static String key(ObjectType type, GradeScale scale) {
		return type + "/" + scale;
	}

	private static Map<Long, Result> index(List<Result> list) {
		return list.stream().collect(Collectors.toMap(Result::objectId, Function.identity()));
	}
}
