package org.xiaoneng.evaluation;

import org.xiaoneng.organization.Caller;

/**
 * Who reads a result: the person evaluated always; heads and leaders the results of their scope; the evaluation team
 * every result of the region. Another's result is not found (docs/decisions/0004).
 */
final class ResultAccess {

	private ResultAccess() {
	}

	static boolean mayRead(Caller caller, Result result) {
		if (result.objectType() == ObjectType.STAFF && caller.is(result.objectId())) {
			return true;
		}
		boolean overseer = caller.hasRole("DEPT_HEAD") || caller.hasRole("LEADER") || EvaluationAccess.onTeam(caller);
		return overseer && caller.sees(result.unitId(), result.departmentId());
	}

	static void requireReadable(Caller caller, Result result) {
		if (!mayRead(caller, result)) {
			throw new ResultNotFoundException(result.idOrNull());
		}
	}
}
