package org.xiaoneng.accountability;

import java.util.Optional;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.xiaoneng.common.InquiryId;
import org.xiaoneng.inquiry.Identity;
import org.xiaoneng.inquiry.InquiryRegister;
import org.xiaoneng.organization.Caller;
import org.xiaoneng.platform.audit.AuditEntry;
import org.xiaoneng.platform.audit.AuditLog;

/**
 * Whoever made the complaint a case came from: a supervisor's alone, each reading audited here and by the inquiry
 * module (纪检监察机关处理检举控告工作规则 第四十七条: 对检举控告人的信息严格保密). The case itself never stores it.
 */
@Component
class Complainants {

	private final AccountabilityCases cases;

	private final InquiryRegister register;

	private final AuditLog auditLog;

	Complainants(AccountabilityCases cases, InquiryRegister register, AuditLog auditLog) {
		this.cases = cases;
		this.register = register;
		this.auditLog = auditLog;
	}

	@Transactional
	Optional<Identity> of(Caller caller, long caseId) {
		AccountabilityCase kase = cases.find(caseId).orElseThrow(() -> new AccountabilityCaseNotFoundException(caseId));
		AccountabilityAccess.requireSupervisorOver(caller, kase);
		if (kase.source() != CaseSource.COMPLAINT) {
			return Optional.empty();
		}
		auditLog.record(AuditEntry.of(Opening.MODULE, "complainant.viewed", String.valueOf(caseId)));
		return Optional.of(register.identityOf(new InquiryId(kase.sourceId())));
	}
}
