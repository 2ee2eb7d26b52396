package org.xiaoneng.accountability;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.xiaoneng.inquiry.Identity;
import org.xiaoneng.organization.Caller;
import org.xiaoneng.organization.Callers;

/**
 * 失职追究制 for pages and the API: the case lists and register, a case, the subject's statement, the supervisors'
 * investigation, decision and closing, the decision notice and the year's statistics. Every action checks the caller
 * at its entry: subjects read their own cases and make their statement; heads and leaders read the cases of their
 * scope; supervisors run them and alone may ask who complained (audited). Anyone else's case is not found.
 */
@Service
public class Accountability {

	private final Callers callers;

	private final AccountabilityCases cases;

	private final CaseReadings readings;

	private final Opening opening;

	private final Investigating investigating;

	private final Hearing hearing;

	private final Deciding deciding;

	private final Exempting exempting;

	Accountability(Callers callers, AccountabilityCases cases, CaseReadings readings, Opening opening,
			Investigating investigating, Hearing hearing, Deciding deciding, Exempting exempting) {
		this.callers = callers;
		this.cases = cases;
		this.readings = readings;
		this.opening = opening;
		this.investigating = investigating;
		this.hearing = hearing;
		this.deciding = deciding;
		this.exempting = exempting;
	}

	/**
	 * A page of the cases the caller may see, newest first, after or before the cursor's case (the first page when
	 * {@code null}).
	 * @throws org.xiaoneng.common.BadCursorException when the cursor is not one of the lists'
	 */
	@Transactional(readOnly = true)
	public CasePage cases(CaseFilter filter, String cursor, int size) {
		return readings.page(callers.current(), filter, cursor, size);
	}

	/** A case the caller may see. */
	@Transactional(readOnly = true)
	public CaseView kase(long id) {
		Caller caller = callers.current();
		AccountabilityCase kase = readable(caller, id);
		return readings.view(caller, kase);
	}

	/** 领导交办: a leader refers a person or department they lead, a supervisor anyone of the region. */
	public CaseView refer(Long staffId, Long departmentId, FailureType failure, String facts) {
		Caller caller = callers.current();
		return readings.view(caller, opening.refer(caller, staffId, departmentId, failure, facts));
	}

	/** A supervisor records the investigation and asks the subject for a statement. */
	public CaseView investigate(long id, FailureType failure, String conductCode, Severity severity,
			Set<Aggravation> aggravations, String record, String evidence) {
		Caller caller = callers.current();
		return readings.view(caller,
				investigating.investigate(caller, id, failure, conductCode, severity, aggravations, record, evidence));
	}

	/** 申辩: the subject's statement, by its deadline. */
	public CaseView makeStatement(long id, String statement) {
		Caller caller = callers.current();
		return readings.view(caller, hearing.makeStatement(caller, id, statement));
	}

	/** A supervisor records the decision of the leader named, once the subject was heard; the notice is issued. */
	public CaseView decide(long id, Set<Sanction> sanctions, Long deciderStaffId, String reason) {
		Caller caller = callers.current();
		return readings.view(caller, deciding.decide(caller, id, sanctions, deciderStaffId, reason));
	}

	/** A supervisor closes the case without accountability for force majeure (不可抗力), with the reason. */
	public CaseView exempt(long id, String reason) {
		Caller caller = callers.current();
		return readings.view(caller, exempting.exempt(caller, id, reason));
	}

	/** The decision notice's PDF of a decided case the caller may see, as it was issued. */
	@Transactional(readOnly = true)
	public byte[] notice(long id) {
		readable(callers.current(), id);
		return readings.notice(id).orElseThrow(() -> new NoticeNotIssuedException(id));
	}

	/** The register (问责台账) of the cases the caller may see, filtered, as an .xlsx workbook. */
	@Transactional(readOnly = true)
	public byte[] exportRegister(CaseFilter filter) {
		return readings.export(callers.current(), filter);
	}

	/** The year's cases per unit, failure type and sanction within the caller's scope. */
	@Transactional(readOnly = true)
	public YearStatistics statistics(int year) {
		return readings.statistics(callers.current(), year);
	}

	/** A year's 通报批评 of the caller's unit (the region's for supervisors), for the staff home page. */
	@Transactional(readOnly = true)
	public List<PublicCriticism> publicCriticisms(int year) {
		return readings.publicCriticisms(callers.current(), year);
	}

	/**
	 * Who made the complaint the case came from, for a supervisor; every reading audited. Empty for a case from
	 * another source.
	 */
	public Optional<Identity> complainant(long id) {
		return readings.complainant(callers.current(), id);
	}

	private AccountabilityCase readable(Caller caller, long id) {
		AccountabilityCase kase = cases.find(id).orElseThrow(() -> new AccountabilityCaseNotFoundException(id));
		AccountabilityAccess.requireReadable(caller, kase);
		return kase;
	}
}
