package org.xiaoneng.evaluation;

import java.time.Clock;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.xiaoneng.common.DepartmentId;
import org.xiaoneng.common.StaffId;
import org.xiaoneng.common.UnitId;
import org.xiaoneng.organization.Caller;
import org.xiaoneng.organization.Department;
import org.xiaoneng.organization.Organization;
import org.xiaoneng.organization.StaffMember;
import org.xiaoneng.platform.audit.AuditEntry;
import org.xiaoneng.platform.audit.AuditLog;

/**
 * People score the indicators that are theirs to score: the overseeing leader (分管领导评议, rule 八 (四) 5) those they
 * lead; the evaluation team the year-end assessment (年终考核) and the qualitative levels (定性考评). Computed and public
 * indicators are not entered by hand.
 */
@Component
class ScoreEntering {

	private final Schemes schemes;

	private final EnteredScores scores;

	private final Organization organization;

	private final AuditLog auditLog;

	private final Clock clock;

	ScoreEntering(Schemes schemes, EnteredScores scores, Organization organization, AuditLog auditLog, Clock clock) {
		this.schemes = schemes;
		this.scores = scores;
		this.organization = organization;
		this.auditLog = auditLog;
		this.clock = clock;
	}

	@Transactional
	void enter(Caller caller, int year, ObjectType type, long objectId, String code, double score) {
		if (type == null) {
			throw new SchemeInvalidException("evaluation.error.objectTypeRequired");
		}
		long unitId;
		long departmentId;
		if (type == ObjectType.STAFF) {
			StaffMember member = organization.staffMember(new StaffId(objectId));
			unitId = member.unitId();
			departmentId = member.departmentId();
		}
		else {
			Department department = organization.department(new DepartmentId(objectId));
			unitId = department.unitId();
			departmentId = department.id();
		}
		boolean leads = caller.hasRole("LEADER") && caller.leadsOver(unitId, departmentId);
		if (!leads && !EvaluationAccess.onTeam(caller)) {
			throw new AccessDeniedException("LEADER");
		}
		GradeScale scale = IndicatorComputing.scaleOf(organization.unit(new UnitId(unitId)));
		Indicator indicator = schemes.latest(year, type, scale)
			.flatMap(scheme -> scheme.leaves()
				.stream()
				.map(Scheme.WeightedIndicator::indicator)
				.filter(leaf -> leaf.code().equals(code))
				.findFirst())
			.orElseThrow(() -> new ResultRuleException("evaluation.error.indicatorUnknown", String.valueOf(code)));
		requireScorer(caller, indicator.kind(), leads);
		if (!(score >= 0 && score <= 100)) {
			throw new ResultRuleException("evaluation.error.score", code);
		}
		scores.enter(year, type, new EnteredScores.Entry(objectId, code, score), caller.name(), clock.instant());
		auditLog.record(new AuditEntry(SchemeDrafting.MODULE, "score.entered", type + " " + objectId, null,
				year + " " + code + " = " + score));
	}

	/** The overseeing leader gives the leader's score; the team the year-end and qualitative ones. */
	private static void requireScorer(Caller caller, IndicatorKind kind, boolean leads) {
		switch (kind) {
			case LEADER_SCORED -> {
				if (!leads) {
					throw new AccessDeniedException("LEADER");
				}
			}
			case YEAR_END, QUALITATIVE -> EvaluationAccess.requireTeam(caller);
			case COMPUTED, PUBLIC -> throw new ResultRuleException("evaluation.error.notEntered");
		}
	}
}
