package org.xiaoneng.casework;

import java.time.Instant;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.xiaoneng.casework.refusal.CaseRefusals;
import org.xiaoneng.casework.refusal.RefusalRecords;
import org.xiaoneng.common.CaseId;
import org.xiaoneng.common.RefusalId;

/** The refusal module's commands on a case, in the refusal's transaction. */
@Service
@Transactional
class RefusalOutcomes implements CaseRefusals {

	private final CaseFiles cases;

	private final ObjectProvider<RefusalRecords> records;

	private final CaseAccess access;

	private final UnitCalendars calendars;

	private final ApplicantNotices notices;

	private final CaseJournal journal;

	private final CommitmentFacts facts;

	RefusalOutcomes(CaseFiles cases, ObjectProvider<RefusalRecords> records, CaseAccess access,
			UnitCalendars calendars, ApplicantNotices notices, CaseJournal journal, CommitmentFacts facts) {
		this.cases = cases;
		this.records = records;
		this.access = access;
		this.calendars = calendars;
		this.notices = notices;
		this.journal = journal;
		this.facts = facts;
	}

	@Override
	public void refusalFiled(CaseId caseId, RefusalId refusalId) {
		Case kase = cases.lock(caseId.value());
		kase.awaitRefusalDecision();
		cases.save(kase);
		journal.record(kase.id(), access.caller(), calendars.now(), "refusal-filed", "#" + refusalId);
	}

	@Override
	public void refusalOverruled(CaseId caseId, RefusalId refusalId, String instruction) {
		Case kase = cases.lock(caseId.value());
		kase.resumeAfterOverruledRefusal();
		cases.save(kase);
		journal.record(kase.id(), access.caller(), calendars.now(), "refusal-overruled",
				"#" + refusalId + ": " + instruction);
	}

	@Override
	public void refusalTookEffect(CaseId caseId, RefusalId refusalId) {
		Case kase = cases.lock(caseId.value());
		if (records.orderedStream().noneMatch(filings -> filings.tookEffect(refusalId, caseId))) {
			throw new CaseRuleException("casework.refusal.notConfirmed");
		}
		Instant at = calendars.now();
		RefusalEnd refused = kase.refuse(calendars.dateOf(at), calendars);
		if (refused == RefusalEnd.ALREADY) {
			return;
		}
		cases.save(kase);
		journal.record(kase.id(), access.caller(), at,
				refused == RefusalEnd.NOT_ACCEPTED ? "not-accepted" : "refused", "#" + refusalId);
	}

	@Override
	public void refusalFoundWrong(CaseId caseId, RefusalId refusalId, String finding) {
		Case kase = cases.lock(caseId.value());
		kase.reopenAfterWrongRefusal();
		cases.save(kase);
		// the refused completion no longer counts in the measured commitments
		facts.forget(kase.id());
		journal.record(kase.id(), access.caller(), calendars.now(), "refusal-found-wrong",
				"#" + refusalId + ": " + finding);
	}

	@Override
	public void archiveDocument(CaseId caseId, String title, String number, byte[] pdf, boolean forApplicant) {
		notices.archive(cases.get(caseId.value()).id(), title, number, pdf, forApplicant, calendars.now());
	}

	@Override
	public void notifyApplicant(CaseId caseId, String subject, String body, String idempotencyKey) {
		notices.tell(cases.get(caseId.value()), subject, body, idempotencyKey);
	}
}
