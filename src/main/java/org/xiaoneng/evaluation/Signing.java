package org.xiaoneng.evaluation;

import java.time.Clock;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.xiaoneng.common.DepartmentId;
import org.xiaoneng.organization.Caller;
import org.xiaoneng.organization.Organization;
import org.xiaoneng.platform.audit.AuditEntry;
import org.xiaoneng.platform.audit.AuditLog;

/**
 * The person evaluated signs their published result, or disputes it with their reasons; a dispute goes to the
 * evaluation team's list. A department's result is signed or disputed by its head.
 */
@Component
class Signing {

	private final Results results;

	private final Organization organization;

	private final AuditLog auditLog;

	private final Clock clock;

	Signing(Results results, Organization organization, AuditLog auditLog, Clock clock) {
		this.results = results;
		this.organization = organization;
		this.auditLog = auditLog;
		this.clock = clock;
	}

	@Transactional
	Result sign(Caller caller, long id) {
		Result result = own(caller, id);
		result.sign(caller.name(), clock.instant());
		results.save(result);
		auditLog.record(new AuditEntry(SchemeDrafting.MODULE, "result.signed", String.valueOf(id), "PUBLISHED",
				"SIGNED"));
		return result;
	}

	@Transactional
	Result dispute(Caller caller, long id, String reasons) {
		Result result = own(caller, id);
		result.dispute(reasons, caller.name(), clock.instant());
		results.save(result);
		auditLog.record(new AuditEntry(SchemeDrafting.MODULE, "result.disputed", String.valueOf(id), "PUBLISHED",
				"DISPUTED"));
		return result;
	}

	/** The result the caller answers for: their own, or their department's as its head; another's is not found. */
	private Result own(Caller caller, long id) {
		Result result = results.lock(id).orElseThrow(() -> new ResultNotFoundException(id));
		boolean theirs = result.objectType() == ObjectType.STAFF ? caller.is(result.objectId())
				: caller.is(organization.department(new DepartmentId(result.objectId())).headId());
		if (!theirs) {
			if (ResultAccess.mayRead(caller, result)) {
				throw new AccessDeniedException("evaluated person");
			}
			throw new ResultNotFoundException(id);
		}
		return result;
	}
}
