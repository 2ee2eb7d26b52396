package org.xiaoneng.evaluation;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A result as pages and the API show it.
 *
 * @param id the result
 * @param year the year
 * @param objectType department or staff member
 * @param objectId the department or staff member
 * @param name their name
 * @param unitId their unit
 * @param departmentId their department
 * @param scale which grade names apply
 * @param schemeId the scheme version that scored it
 * @param breakdown each indicator's figure, points and contribution
 * @param total the total
 * @param rank the place in the pool
 * @param grade the grade, or {@code null} before grading
 * @param blockedReason the accountability decision (#case date) that rules out 优秀, or {@code null}
 * @param state where it stands
 * @param objectionsUntil the last day of objections, once published
 * @param signedBy who signed or disputed
 * @param signedAt when
 * @param dispute the reasons of a dispute
 * @param disputeAnswer the team's answer
 * @param checkFindings the organisation check's findings
 * @param awaitsCheck whether a failing department awaits its organisation check
 * @param finalOn the day it became final
 */
public record ResultView(long id, int year, ObjectType objectType, long objectId, String name, long unitId,
		long departmentId, GradeScale scale, SchemeId schemeId, List<ScoreLine> breakdown, double total,
		Integer rank, Grade grade, String blockedReason, ResultState state, LocalDate objectionsUntil,
		String signedBy, Instant signedAt, String dispute, String disputeAnswer, String checkFindings,
		boolean awaitsCheck, LocalDate finalOn) {

	static ResultView of(Result r, String name) {
		return new ResultView(r.idOrNull(), r.year(), r.objectType(), r.objectId(), name, r.unitId(),
				r.departmentId(), r.scale(), r.schemeId(), r.breakdown(), r.total(), r.rank(), r.grade(),
				r.blockedReason(), r.state(), r.objectionsUntil(), r.signedBy(), r.signedAt(), r.dispute(),
				r.disputeAnswer(), r.checkFindings(), r.awaitsCheck(), r.finalOn());
	}
}
