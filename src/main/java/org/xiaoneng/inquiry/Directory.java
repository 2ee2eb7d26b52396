package org.xiaoneng.inquiry;

import java.time.Clock;
import java.util.List;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.xiaoneng.common.UnitId;
import org.xiaoneng.organization.Caller;
import org.xiaoneng.organization.Callers;
import org.xiaoneng.organization.Organization;
import org.xiaoneng.platform.audit.AuditEntry;
import org.xiaoneng.platform.audit.AuditLog;

/** The directory of external authorities (administrators keep it) and the units' own time limits. */
@Component
class Directory {

	private final ExternalAuthorities authorities;

	private final UnitTimeLimits unitLimits;

	private final Deadlines deadlines;

	private final Organization organization;

	private final Callers callers;

	private final AuditLog auditLog;

	private final Clock clock;

	Directory(ExternalAuthorities authorities, UnitTimeLimits unitLimits, Deadlines deadlines,
			Organization organization, Callers callers, AuditLog auditLog, Clock clock) {
		this.authorities = authorities;
		this.unitLimits = unitLimits;
		this.deadlines = deadlines;
		this.organization = organization;
		this.callers = callers;
		this.auditLog = auditLog;
		this.clock = clock;
	}

	List<ExternalAuthority> authorities() {
		return authorities.all();
	}

	ExternalAuthority authority(long id) {
		return authorities.find(id).orElseThrow(() -> new AuthorityNotFoundException(id));
	}

	ExternalAuthority addAuthority(String name, String phone, String address, String competence) {
		requireAdmin();
		validate(name, phone, competence);
		long id = authorities.insert(name.strip(), phone.strip(), Fields.trim(address), competence.strip());
		auditLog.record(new AuditEntry(InquiryRegister.MODULE, "authority.added", String.valueOf(id), null,
				name.strip()));
		return authority(id);
	}

	ExternalAuthority changeAuthority(long id, String name, String phone, String address, String competence) {
		requireAdmin();
		ExternalAuthority before = authority(id);
		validate(name, phone, competence);
		authorities.update(id, name.strip(), phone.strip(), Fields.trim(address), competence.strip());
		auditLog.record(new AuditEntry(InquiryRegister.MODULE, "authority.changed", String.valueOf(id), before.name(),
				name.strip()));
		return authority(id);
	}

	TimeLimits timeLimitsOf(long unitId) {
		return deadlines.of(unitId);
	}

	/** An administrator for any unit, a department head for their own unit. */
	TimeLimits setTimeLimits(long unitId, TimeLimits limits) {
		organization.unit(new UnitId(unitId));
		Caller caller = callers.current();
		boolean headOfUnit = caller.hasRole("DEPT_HEAD") && caller.staff().filter(c -> c.unitId() == unitId).isPresent();
		if (!caller.hasRole("ADMIN") && !headOfUnit) {
			throw new AccessDeniedException("time limits");
		}
		if (limits == null || limits.acknowledgeDays() < 0 || limits.acknowledgeDays() > 30 || limits.answerDays() < 1
				|| limits.answerDays() > 60 || limits.concludeDays() < 1 || limits.concludeDays() > 90
				|| limits.acceptanceNoticeDays() < 1 || limits.acceptanceNoticeDays() > 60) {
			throw new TimeLimitsInvalidException();
		}
		TimeLimits before = deadlines.of(unitId);
		unitLimits.save(unitId, limits, caller.name(), clock.instant());
		auditLog.record(new AuditEntry(InquiryRegister.MODULE, "timeLimits.changed", String.valueOf(unitId),
				before.toString(), limits.toString()));
		return limits;
	}

	private void requireAdmin() {
		if (!callers.current().hasRole("ADMIN")) {
			throw new AccessDeniedException("ADMIN");
		}
	}

	private static void validate(String name, String phone, String competence) {
		if (name == null || name.isBlank()) {
			throw new InquiryFieldRequiredException("authorityName");
		}
		if (phone == null || phone.isBlank()) {
			throw new InquiryFieldRequiredException("authorityPhone");
		}
		if (competence == null || competence.isBlank()) {
			throw new InquiryFieldRequiredException("competence");
		}
		if (!Fields.isPhone(phone)) {
			throw new InquiryFieldInvalidException("phone");
		}
		Fields.requireLength(name, Fields.SUBJECT_MAX, "authorityName");
		Fields.requireLength(competence, Fields.TEXT_MAX, "competence");
	}
}
