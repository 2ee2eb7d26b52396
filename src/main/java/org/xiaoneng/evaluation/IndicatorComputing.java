package org.xiaoneng.evaluation;

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
import org.xiaoneng.organization.StaffPlace;
import org.xiaoneng.organization.StaffStatus;
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

	/**
	 * Computes, ranks and grades the year; the number of results. Computed again, it writes only the results whose
	 * figures, rank or grade moved.
	 */
	@Transactional
	int compute(Caller caller, int year) {
		Map<String, Scheme> byKind = startedSchemes(caller, year);
		YearInputs.Year year0 = inputs.of(year);
		Map<Long, Result> departments = index(results.lockYear(year, ObjectType.DEPARTMENT));
		Map<Long, Result> staff = index(results.lockYear(year, ObjectType.STAFF));
		Map<Long, Map<String, Double>> departmentScores = entered.ofYear(year, ObjectType.DEPARTMENT);
		Map<Long, Map<String, Double>> staffScores = entered.ofYear(year, ObjectType.STAFF);
		int count = 0;
		for (Unit unit : organization.units()) {
			GradeScale scale = scaleOf(unit);
			Scheme departmentScheme = scheme(byKind, ObjectType.DEPARTMENT, scale, year);
			for (Department department : organization.departmentsOf(new UnitId(unit.id()))) {
				Scorecard.Inputs in = new Scorecard.Inputs(year0.ofDepartment(department.id()),
						departmentScores.getOrDefault(department.id(), Map.of()),
						year0.publicScores().get(department.id()));
				score(departments.get(department.id()), year, ObjectType.DEPARTMENT, department.id(), unit.id(),
						department.id(), departmentScheme, in, year0.departmentBlocks().get(department.id()));
				count++;
			}
			Scheme staffScheme = scheme(byKind, ObjectType.STAFF, scale, year);
			for (StaffPlace member : organization.placesOnDuty(new UnitId(unit.id()))) {
				Scorecard.Inputs in = new Scorecard.Inputs(year0.ofStaff(member.id()),
						staffScores.getOrDefault(member.id(), Map.of()), year0.publicScores().get(member.departmentId()));
				score(staff.get(member.id()), year, ObjectType.STAFF, member.id(), unit.id(), member.departmentId(),
						staffScheme, in, year0.staffBlocks().get(member.id()));
				count++;
			}
			regrade(year, ObjectType.STAFF, unit.id());
		}
		regrade(year, ObjectType.DEPARTMENT, REGION_POOL);
		auditLog.record(new AuditEntry(SchemeDrafting.MODULE, "year.computed", String.valueOf(year), null,
				count + " results"));
		return count;
	}

	/**
	 * Recomputes one staff member's result of the year alone, from the owning modules' readers restricted to them,
	 * and ranks and grades their pool again in one statement that writes only the results that moved: the figures
	 * the whole year's computation gives them, under the same rules (the team, a started year, until published).
	 */
	@Transactional
	Result computeStaff(Caller caller, int year, StaffId staffId) {
		Map<String, Scheme> byKind = startedSchemes(caller, year);
		StaffMember member = organization.visibleStaffMember(staffId);
		if (member.status() != StaffStatus.ON_DUTY) {
			throw new ResultRuleException("evaluation.error.notOnDuty", member.name());
		}
		YearInputs.Year year0 = inputs.ofStaff(year, staffId);
		Scorecard.Inputs in = new Scorecard.Inputs(year0.ofStaff(member.id()),
				entered.ofObject(year, ObjectType.STAFF, member.id()), year0.publicScores().get(member.departmentId()));
		Result mine = score(results.lockOf(year, ObjectType.STAFF, member.id()).orElse(null), year, ObjectType.STAFF,
				member.id(), member.unitId(), member.departmentId(),
				scheme(byKind, ObjectType.STAFF, scaleOf(organization.unit(new UnitId(member.unitId()))), year), in,
				year0.staffBlocks().get(member.id()));
		regrade(year, ObjectType.STAFF, mine.unitId());
		auditLog.record(new AuditEntry(SchemeDrafting.MODULE, "staff.computed", String.valueOf(year),
				String.valueOf(member.id()), String.valueOf(mine.total())));
		return results.find(mine.idOrNull()).orElseThrow();
	}

	private Map<String, Scheme> startedSchemes(Caller caller, int year) {
		EvaluationAccess.requireTeam(caller);
		if (years.lockStarted(year).isEmpty()) {
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

	/** The result scored by the scheme, written only when new or when its figures moved. */
	private Result score(Result existing, int year, ObjectType type, long objectId, long unitId, long departmentId,
			Scheme scheme, Scorecard.Inputs in, String blocked) {
		List<ScoreLine> lines = Scorecard.score(scheme, in);
		if (existing == null) {
			Result result = Result.computed(year, type, objectId, unitId, departmentId, scheme.scale(), scheme.id(),
					lines, blocked);
			results.save(result);
			return result;
		}
		if (existing.recompute(scheme.id(), lines, blocked)) {
			results.save(existing);
		}
		return existing;
	}

	/** The pool (a unit's staff; the region's departments) ranked and graded again, only the moved written. */
	private void regrade(int year, ObjectType type, long poolUnitId) {
		results.regradePool(year, type, type == ObjectType.STAFF ? poolUnitId : null, settings,
				years.widerQuotaApproved(year, type, poolUnitId));
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
