package org.xiaoneng.casework;

import static org.xiaoneng.common.Columns.time;

import java.security.MessageDigest;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.xiaoneng.calendar.WorkingDayCalendar;
import org.xiaoneng.common.Cryptography;
import org.xiaoneng.organization.Caller;
import org.xiaoneng.organization.Callers;
import org.xiaoneng.organization.DataScope;
import org.xiaoneng.organization.DecisionLevel;
import org.xiaoneng.organization.Organization;
import org.xiaoneng.organization.StaffMember;
import org.xiaoneng.platform.audit.AuditEntry;
import org.xiaoneng.platform.audit.AuditLog;
import org.xiaoneng.platform.notification.Notification;
import org.xiaoneng.platform.notification.Notifications;
import org.xiaoneng.platform.ratelimit.RateLimiter;

/**
 * The public side of casework, without login: progress by query code and the last four digits of the applicant's
 * phone (or the key printed in the receipt's QR code), the applicant's documents, and the rating (好差评) once per
 * completed case; a bad rating opens a rectification (核实整改) for the handler's department head, with a call-back.
 */
@Service
@Transactional(readOnly = true)
public class CasePortal {

	/** The rate limiter's bucket of public progress look-ups. */
	static final String PROGRESS_LOOKUP = "progress-lookup";

	private final Cases cases;

	private final CaseFiles files;

	private final CasePapers papers;

	private final CaseExtensions extensions;

	private final JdbcClient jdbc;

	private final Cryptography cryptography;

	private final Organization organization;

	private final WorkingDayCalendar calendar;

	private final Notifications notifications;

	private final AuditLog auditLog;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final CaseworkSettings settings;

	private final RateLimiter limits;

	private final Callers callers;

	CasePortal(Callers callers, Cases cases, CaseFiles files, CasePapers papers, CaseExtensions extensions,
			JdbcClient jdbc, Cryptography cryptography, Organization organization, WorkingDayCalendar calendar,
			Notifications notifications, AuditLog auditLog, ApplicationEventPublisher events, Clock clock,
			CaseworkSettings settings, RateLimiter limits) {
		this.callers = callers;
		this.cases = cases;
		this.files = files;
		this.papers = papers;
		this.extensions = extensions;
		this.jdbc = jdbc;
		this.cryptography = cryptography;
		this.organization = organization;
		this.calendar = calendar;
		this.notifications = notifications;
		this.auditLog = auditLog;
		this.events = events;
		this.clock = clock;
		this.settings = settings;
		this.limits = limits;
	}

	/**
	 * The progress of a case for the public, by query code plus either the last four digits of the applicant's phone
	 * or the key of the receipt's QR code. Every look-up counts against the address's limit.
	 *
	 * @throws ProgressLookupsExceededException when the address looked up too often
	 * @throws ProgressLookupRefusedException when code and digits (or key) do not match, the same for either
	 */
	public PublicProgress progress(String queryCode, String phoneLast4, String key, String address) {
		countLookUp(address);
		Case c = verified(queryCode, phoneLast4, key);
		List<PublicProgress.StepDone> done = c.steps()
			.stream()
			.filter(step -> step.completedOn() != null)
			.map(step -> new PublicProgress.StepDone(step.name(), step.completedOn()))
			.toList();
		List<CaseExtension> approved = extensions.ofCase(c.id())
			.stream()
			.filter(e -> e.decision() == ExtensionDecision.APPROVED)
			.map(e -> new CaseExtension(e.id(), e.caseId(), e.workingDays(), e.reason(), e.requestedOn(), "", 0,
					e.decision(), null, e.deadlineBefore(), e.deadlineAfter()))
			.toList();
		List<CaseDocument> documents = papers.documents(c.id()).stream().filter(CaseDocument::forApplicant).toList();
		boolean rated = rated(c.id());
		return new PublicProgress(c.queryCode(), c.caseNumber(), c.itemName(), IdentityNumbers.maskName(c.applicant().name()),
				c.state(), c.intake().receivedOn(), c.acceptedOn(), c.deadline(), done, c.pauses().stream().map(Pause::view).toList(), approved, documents,
				rated, !rated && rateable(c), cases.accessKey(c.queryCode()));
	}

	/** A document the applicant may download, by query code and the access key of the progress page. */
	public Cases.StoredPdf document(String queryCode, String key, long documentId) {
		Case c = verified(queryCode, null, key);
		Cases.StoredPdf pdf = cases.storedPdf(c.id(), documentId);
		if (!pdf.forApplicant()) {
			throw new CaseNotFoundException(documentId);
		}
		return pdf;
	}

	/**
	 * Rates a completed case, once (好差评). 不满意 or worse opens a rectification (核实整改) for the head of the
	 * handler's department, due in the configured working days, with a call-back (回访) to record.
	 */
	@Transactional
	public void rate(String queryCode, String phoneLast4, String key, NewRating rating, String address) {
		countLookUp(address);
		Case c = verified(queryCode, phoneLast4, key);
		rate(c.id(), rating, clock.instant());
	}

	@Transactional
	void rate(long caseId, NewRating rating, Instant at) {
		Case c = files.lock(caseId);
		if (!rateable(c)) {
			throw new CaseRuleException("casework.rating.notRateable");
		}
		if (rated(caseId)) {
			throw new CaseRuleException("casework.rating.twice");
		}
		for (int score : new int[] { rating.overall(), rating.efficiency(), rating.serviceLevel(), rating.attitude() }) {
			if (score < 1 || score > 5) {
				throw new SubmissionInvalidException("casework.rating.scoreInvalid");
			}
		}
		LocalDate today = at.atZone(clock.getZone()).toLocalDate();
		long department = handlerDepartment(c);
		String comment = rating.comment() == null || rating.comment().isBlank() ? null : rating.comment().strip();
		jdbc.sql("""
				insert into casework.rating (case_id, unit_id, department_id, overall, efficiency, service_level, attitude,
				comment, channel, real_name, rated_on, rated_at) values (:case, :unit, :department, :overall, :efficiency,
				:level, :attitude, :comment, :channel, true, :on, :at)""")
			.param("case", caseId)
			.param("unit", c.unitId())
			.param("department", department)
			.param("overall", rating.overall())
			.param("efficiency", rating.efficiency())
			.param("level", rating.serviceLevel())
			.param("attitude", rating.attitude())
			.param("comment", comment)
			.param("channel", (rating.channel() == null ? RatingChannel.PROGRESS_PAGE : rating.channel()).name())
			.param("on", today)
			.param("at", time(at))
			.update();
		papers.history(caseId, at, "applicant", "rated", String.valueOf(rating.overall()));
		auditLog.recordAs("applicant", new AuditEntry(Cases.MODULE, "case.rated", String.valueOf(caseId), null,
				String.valueOf(rating.overall())));
		events.publishEvent(new CaseRated(caseId, c.unitId(), department, rating.overall(), today));
		if (rating.bad()) {
			openRectification(c, department, today, at);
		}
	}

	private void openRectification(Case c, long department, LocalDate today, Instant at) {
		Long head = organization.authorityOver(department, DecisionLevel.DEPARTMENT_HEAD).map(StaffMember::id).orElse(null);
		LocalDate due = calendar.deadline(cases.unitCode(c.unitId()), today, settings.rectificationWorkingDays()).date();
		long id = jdbc.sql("""
				insert into casework.rectification (case_id, unit_id, department_id, head_staff_id, opened_on, due_on)
				values (:case, :unit, :department, :head, :on, :due) returning id""")
			.param("case", c.id())
			.param("unit", c.unitId())
			.param("department", department)
			.param("head", head)
			.param("on", today)
			.param("due", due)
			.query(Long.class)
			.single();
		papers.history(c.id(), at, "system", "rectification-opened", String.valueOf(due));
		events.publishEvent(new RectificationOpened(id, c.id(), c.unitId(), department, head, due));
		if (head != null) {
			String username = organization.staffMember(head).username();
			if (username != null) {
				notifications.send(Notification.inApp(username, "差评核实整改", c.caseNumber() + " " + c.itemName()
						+ " 收到差评，请于" + due + "前核实整改并回访", "/cases/rectifications")
					.withIdempotencyKey("casework:" + c.id() + ":rectification"));
			}
		}
	}

	/**
	 * The unit's ratings of a period for the exchange with the national 好差评 platform, each level mapped to the
	 * GB/T 39046 code (which runs the other way round); comments stay inside the platform.
	 */
	public List<RatingExchange> ratingsForExchange(long unitId, LocalDate from, LocalDate toInclusive) {
		return jdbc.sql("""
				select c.case_number, c.item_id, r.overall, r.efficiency, r.service_level, r.attitude, r.channel, r.rated_on
				from casework.rating r join casework.case_file c on c.id = r.case_id
				where r.unit_id = :unit and r.rated_on between :from and :to order by r.rated_on, c.id""")
			.param("unit", unitId)
			.param("from", from)
			.param("to", toInclusive)
			.query((rs, row) -> new RatingExchange(rs.getString("case_number"), rs.getLong("item_id"),
					NewRating.gbtCode(rs.getInt("overall")), NewRating.gbtCode(rs.getInt("efficiency")),
					NewRating.gbtCode(rs.getInt("service_level")), NewRating.gbtCode(rs.getInt("attitude")),
					RatingChannel.valueOf(rs.getString("channel")), CaseFiles.date(rs, "rated_on")))
			.list();
	}

	/** The open rectifications of the heads whose departments the caller's scope covers, or all for region roles. */
	public List<Rectification> rectifications() {
		return rectifications(callers.current().scope());
	}

	private List<Rectification> rectifications(DataScope scope) {
		return jdbc.sql("""
				select r.*, c.case_number, g.overall, g.comment from casework.rectification r
				join casework.case_file c on c.id = r.case_id join casework.rating g on g.case_id = r.case_id
				order by r.closed_at nulls first, r.due_on""")
			.query((rs, row) -> new Rectification(rs.getLong("id"), rs.getLong("case_id"), rs.getString("case_number"),
					rs.getLong("department_id"), (Long) rs.getObject("head_staff_id"), CaseFiles.date(rs, "opened_on"),
					CaseFiles.date(rs, "due_on"), rs.getInt("overall"), rs.getString("comment"),
					rs.getString("findings"), rs.getString("measures"), CaseFiles.date(rs, "called_back_on"),
					rs.getString("call_back_note"), rs.getTimestamp("closed_at") != null))
			.list()
			.stream()
			.filter(r -> scope.wholeRegion() || scope.departmentIds().contains(r.departmentId())
					|| unitInScope(scope, r.caseId()))
			.toList();
	}

	/**
	 * The head records the findings, the measures and the call-back (回访); every bad rating is called back. Only the
	 * head it was opened for, or a head or leader over the department, closes it; supervisors read.
	 */
	@Transactional
	public Rectification closeRectification(long id, String findings, String measures, LocalDate calledBackOn,
			String callBackNote) {
		Caller caller = callers.current();
		DataScope scope = caller.scope();
		Rectification open = rectifications(scope).stream()
			.filter(r -> r.id() == id)
			.findFirst()
			.orElseThrow(() -> new CaseNotFoundException(id));
		long unitId = cases.row(open.caseId()).unitId();
		if (!caller.is(open.headStaffId()) && !caller.leadsOver(unitId, open.departmentId())) {
			throw new NotYourWorkException();
		}
		if (open.closed()) {
			throw new CaseRuleException("casework.rectification.closed");
		}
		if (blank(findings) || blank(measures) || calledBackOn == null || blank(callBackNote)) {
			throw new SubmissionInvalidException("casework.rectification.incomplete");
		}
		Instant at = clock.instant();
		String actor = callers.current().name();
		jdbc.sql("""
				update casework.rectification set findings = :findings, measures = :measures, called_back_on = :on,
				call_back_note = :note, closed_at = :at, closed_by = :by where id = :id""")
			.param("id", id)
			.param("findings", findings.strip())
			.param("measures", measures.strip())
			.param("on", calledBackOn)
			.param("note", callBackNote.strip())
			.param("at", time(at))
			.param("by", actor)
			.update();
		papers.history(open.caseId(), at, actor, "rectification-closed", null);
		auditLog.record(AuditEntry.of(Cases.MODULE, "rectification.closed", String.valueOf(id)));
		return rectifications(scope).stream().filter(r -> r.id() == id).findFirst().orElseThrow();
	}

	private boolean unitInScope(DataScope scope, long caseId) {
		return files.find(caseId).map(c -> scope.unitIds().contains(c.unitId())).orElse(false);
	}

	private long handlerDepartment(Case c) {
		if (c.current().departmentId() != null) {
			return c.current().departmentId();
		}
		return c.steps()
			.stream()
			.reduce((first, second) -> second)
			.map(Step::departmentId)
			.orElse(c.departmentId());
	}

	private static boolean rateable(Case c) {
		return c.state() == CaseState.COMPLETED || c.state() == CaseState.DELIVERED;
	}

	private boolean rated(long caseId) {
		return jdbc.sql("select count(*) from casework.rating where case_id = :id").param("id", caseId).query(Long.class).single() > 0;
	}

	/** Code plus phone digits, or code plus key; anything else is the same "not found", so codes cannot be probed. */
	private Case verified(String queryCode, String phoneLast4, String key) {
		if (queryCode == null || queryCode.isBlank()) {
			throw new ProgressLookupRefusedException();
		}
		Optional<Case> found = files.byQueryCode(queryCode.strip().toUpperCase(Locale.ROOT));
		if (found.isEmpty()) {
			throw new ProgressLookupRefusedException();
		}
		Case c = found.get();
		boolean byKey = key != null && MessageDigest.isEqual(key.getBytes(StandardCharsets.UTF_8),
				cases.accessKey(c.queryCode()).getBytes(StandardCharsets.UTF_8));
		boolean byPhone = phoneLast4 != null && phoneLast4.strip().length() == 4
				&& cryptography.decrypt(c.applicant().phoneEncrypted()).endsWith(phoneLast4.strip());
		if (!byKey && !byPhone) {
			throw new ProgressLookupRefusedException();
		}
		return c;
	}

	/** Every look-up counts against the address's limit, a refused one too, so that codes cannot be probed. */
	private void countLookUp(String address) {
		if (!limits.attempt(PROGRESS_LOOKUP, address)) {
			throw new ProgressLookupsExceededException();
		}
	}

	private static boolean blank(String text) {
		return text == null || text.isBlank();
	}
}
