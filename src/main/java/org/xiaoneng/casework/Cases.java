package org.xiaoneng.casework;

import static org.xiaoneng.casework.CaseFiles.columns;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.xiaoneng.calendar.Deadline;
import org.xiaoneng.calendar.DeadlineStatus;
import org.xiaoneng.calendar.WorkingDayCalendar;
import org.xiaoneng.catalog.CaseKind;
import org.xiaoneng.catalog.LimitUnit;
import org.xiaoneng.catalog.Material;
import org.xiaoneng.catalog.ProcedureStep;
import org.xiaoneng.catalog.ServiceCatalog;
import org.xiaoneng.catalog.ServiceItem;
import org.xiaoneng.catalog.SpecialProcedure;
import org.xiaoneng.catalog.TimeLimit;
import org.xiaoneng.common.Cryptography;
import org.xiaoneng.common.ReadableCodes;
import org.xiaoneng.organization.Caller;
import org.xiaoneng.organization.Callers;
import org.xiaoneng.organization.DataScope;
import org.xiaoneng.organization.DecisionLevel;
import org.xiaoneng.organization.Organization;
import org.xiaoneng.organization.StaffMember;
import org.xiaoneng.organization.Unit;
import org.xiaoneng.platform.audit.AuditEntry;
import org.xiaoneng.platform.audit.AuditLog;
import org.xiaoneng.platform.database.SweepCount;
import org.xiaoneng.platform.database.Sweeps;
import org.xiaoneng.platform.documents.Documents;
import org.xiaoneng.platform.documents.Notice;
import org.xiaoneng.platform.notification.Notification;
import org.xiaoneng.platform.notification.Notifications;
import org.xiaoneng.substitution.Acting;
import org.xiaoneng.substitution.Substitutes;

import tools.jackson.databind.json.JsonMapper;

/**
 * 办件: a submission is received, checked against its item's materials with at most one written notice of everything
 * missing (一次性告知制), accepted with a receipt and a deadline from the unit's calendar, worked step by step by whoever
 * acts for each post, paused and extended in writing, completed and delivered (限时办结制). A refused state is only
 * reached through a refusal filing that took effect (否定报备制). Every change is audited in its transaction, publishes
 * its event, and a refused request changes nothing.
 */
@Service
@Transactional(readOnly = true)
public class Cases {

	static final String MODULE = "casework";

	/** The lock name of the casework sweep and the name its skipped rows are logged under. */
	static final String SWEEP = "casework.sweep";

	/** 行政许可法 第三十二条: the one-time notice within 5 days (working days, 第八十二条) of receiving the materials. */
	static final int NOTICE_WORKING_DAYS = 5;

	/** 行政许可法 第四十四条: certificates are delivered within 10 days (working days, 第八十二条) of the decision. */
	static final int DELIVERY_WORKING_DAYS = 10;

	/** 行政许可法 第四十五条: the special procedures whose time does not count in the limit. */
	static final Set<String> STATUTORY_SPECIAL_PROCEDURES = Set.of("听证", "检验", "检测", "鉴定", "专家评审", "招标", "拍卖",
			"公示");

	private static final Pattern PHONE = Pattern.compile("1[3-9]\\d{9}|0\\d{2,3}-?\\d{7,8}");

	private static final Pattern MOBILE = Pattern.compile("1[3-9]\\d{9}");

	private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

	private final CaseFiles cases;

	private final ServiceCatalog catalog;

	private final Organization organization;

	private final Substitutes substitutes;

	private final WorkingDayCalendar calendar;

	private final Documents documents;

	private final Notifications notifications;

	private final AuditLog auditLog;

	private final Cryptography cryptography;

	private final JsonMapper json;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final CaseworkSettings settings;

	private final ObjectProvider<RefusalRecords> refusalRecords;

	private final JdbcClient jdbc;

	private final CaseSearch search;

	private final Sweeps sweeps;

	private final Callers callers;

	Cases(Callers callers, Sweeps sweeps, CaseSearch search, CaseFiles cases, ServiceCatalog catalog,
			Organization organization, Substitutes substitutes,
			WorkingDayCalendar calendar, Documents documents, Notifications notifications, AuditLog auditLog,
			Cryptography cryptography, JsonMapper json, ApplicationEventPublisher events, Clock clock,
			CaseworkSettings settings, ObjectProvider<RefusalRecords> refusalRecords, JdbcClient jdbc) {
		this.callers = callers;
		this.sweeps = sweeps;
		this.search = search;
		this.cases = cases;
		this.catalog = catalog;
		this.organization = organization;
		this.substitutes = substitutes;
		this.calendar = calendar;
		this.documents = documents;
		this.notifications = notifications;
		this.auditLog = auditLog;
		this.cryptography = cryptography;
		this.json = json;
		this.events = events;
		this.clock = clock;
		this.settings = settings;
		this.refusalRecords = refusalRecords;
		this.jdbc = jdbc;
	}

	// ---- reading ------------------------------------------------------------------------------------------------

	/**
	 * The case file, for other modules' rules after their own scope check (a refusal filing, a return of materials).
	 *
	 * @throws CaseNotFoundException when unknown
	 */
	public CaseFile caseFile(long caseId) {
		CaseRow row = row(caseId);
		return file(row);
	}

	/**
	 * The case file when the caller may see the case, e.g. to file a refusal of it (否定报备制).
	 *
	 * @throws CaseNotFoundException when unknown or outside the caller's scope
	 */
	public CaseFile caseFileInScope(long caseId) {
		return file(inScope(caseId, callers.current().scope()));
	}

	/**
	 * Whether the ID number (any type; compared exactly after trimming and upper-casing) is the applicant's or a
	 * registered agent's, e.g. before materials are returned (否定报备制).
	 */
	public boolean identityMatches(long caseId, String idNumber) {
		CaseRow row = row(caseId);
		String hash = hash(IdentityNumbers.normalize(idNumber));
		return hash.equals(row.idNumberHash()) || hash.equals(row.agentIdHash());
	}

	/**
	 * Everything the case page shows, for staff with the case in scope.
	 *
	 * @throws CaseNotFoundException when unknown or outside the caller's scope
	 */
	public CaseDetails details(long caseId) {
		return details(caseId, callers.current().scope());
	}

	/** The case page's facts within a given scope: for the demo loader, which works as the system. */
	CaseDetails details(long caseId, DataScope scope) {
		CaseRow row = inScope(caseId, scope);
		List<CaseStep> steps = cases.steps(caseId).stream().map(this::named).toList();
		DeadlineStatus status = null;
		Integer remaining = null;
		String unitCode = unitCode(row.unitId());
		if (row.state().running() && row.deadline() != null) {
			status = calendar.status(unitCode, row.acceptedOn(), row.deadline(), settings.warning());
			remaining = calendar.remainingWorkingDays(unitCode, row.deadline()).days();
		}
		return new CaseDetails(file(row), row.itemName(), row.channel(), row.pickup(), row.result(),
				row.certificateName(), row.certificateNumber(), row.decidedOn(), row.deliveryMethod(),
				row.deliveredOn(), row.deemedAccepted(), row.noticeDueOn(), status, remaining, explanation(row), steps,
				cases.pauses(caseId), cases.extensions(caseId), cases.documents(caseId), cases.history(caseId),
				cases.noticeRounds(caseId));
	}

	/**
	 * The applicant's identity in full, for staff with the case in scope; each view is written to the audit log
	 * (个人信息保护法 第五十一条).
	 */
	@Transactional
	public FullIdentity fullIdentity(long caseId) {
		CaseRow row = inScope(caseId, callers.current().scope());
		auditLog.record(AuditEntry.of(MODULE, "case.identity-viewed", String.valueOf(caseId)));
		return new FullIdentity(cryptography.decrypt(row.idNumberEncrypted()),
				cryptography.decrypt(row.phoneEncrypted()), decryptOrNull(row.emailEncrypted()),
				decryptOrNull(row.agentIdEncrypted()), decryptOrNull(row.agentPhoneEncrypted()));
	}

	/** A document of the case as its stored PDF, for staff with the case in scope. */
	public StoredPdf document(long caseId, long documentId) {
		inScope(caseId, callers.current().scope());
		return storedPdf(caseId, documentId);
	}

	StoredPdf storedPdf(long caseId, long documentId) {
		CaseFiles.StoredDocument document = cases.document(caseId, documentId)
			.orElseThrow(() -> new CaseNotFoundException(documentId));
		return new StoredPdf(document.title(), document.number(), document.pdf(), document.forApplicant());
	}

	/** Rebuilds a document from its stored data: what a reprint prints (the same bytes as stored). */
	byte[] reprint(long caseId, long documentId) {
		CaseFiles.StoredDocument document = cases.document(caseId, documentId)
			.orElseThrow(() -> new CaseNotFoundException(documentId));
		if (document.notice() == null) {
			return document.pdf();
		}
		return documents.pdf(json.readValue(document.notice(), Notice.class));
	}

	/**
	 * A stored PDF of a case.
	 *
	 * @param title the document's title
	 * @param number its number
	 * @param pdf the bytes
	 * @param forApplicant whether the applicant may download it
	 */
	public record StoredPdf(String title, String number, byte[] pdf, boolean forApplicant) {
	}

	/** The extension requests the caller decides, as the leader with authority or their acting leader. */
	public List<CaseExtension> extensionsAwaitingMe() {
		Long staffId = callers.current().staffId();
		if (staffId == null) {
			return List.of();
		}
		List<Long> deciders = new ArrayList<>();
		deciders.add(staffId);
		jdbc.sql("select distinct decider_staff_id from casework.case_extension where decision is null")
			.query(Long.class)
			.list()
			.stream()
			.filter(leader -> substitutes.actingLeaderOf(leader)
				.filter(acting -> acting.actingStaffId() == staffId.longValue())
				.isPresent())
			.forEach(deciders::add);
		return cases.pendingExtensionsFor(deciders);
	}

	/**
	 * A page of cases matching the query, within the caller's data scope, soonest deadline first. The caller's own
	 * list includes the work of those they act for now (代岗). An ID number is matched exactly through its keyed hash.
	 */
	public CasePage search(CaseQuery query, int page, int size) {
		Caller caller = callers.current();
		DataScope scope = caller.scope();
		Actor me = Actor.of(caller);
		List<Long> actingFor = me.staffId() == null ? List.of()
				: substitutes.actingWorkOf(me.staffId())
					.stream()
					.filter(work -> MODULE.equals(work.item().module()))
					.map(work -> Long.parseLong(work.item().id()))
					.toList();
		String idHash = blank(query.idNumber()) ? null : hash(IdentityNumbers.normalize(query.idNumber()));
		int pageSize = Math.max(1, Math.min(size, 200));
		CaseSearch.Result result = search.search(query, scope, me.name(), me.staffId(), actingFor, idHash, calendar.today(),
				Math.max(0, page), pageSize);
		// a page's cases belong to a few units: one look-up each, not one per row
		Map<Long, String> unitCodes = new HashMap<>();
		List<CaseSummary> summaries = result.rows().stream().map(found -> {
			DeadlineStatus status = null;
			Integer remaining = null;
			if (found.deadline() != null && found.state().running()) {
				String unitCode = unitCodes.computeIfAbsent(found.unitId(), this::unitCode);
				status = calendar.status(unitCode, found.acceptedOn(), found.deadline(), settings.warning());
				remaining = calendar.remainingWorkingDays(unitCode, found.deadline()).days();
			}
			boolean onBehalf = found.onBehalf() || actingFor.contains(found.id());
			return new CaseSummary(found.id(), found.caseNumber(), found.queryCode(), found.itemName(),
					found.applicantName(), found.state(), found.receivedOn(), found.deadline(), status, remaining,
					found.currentStep(), found.currentStaffId(), onBehalf);
		}).toList();
		return new CasePage(summaries, Math.max(0, page), pageSize, result.total(), result.totalExact());
	}

	// ---- intake -------------------------------------------------------------------------------------------------

	/**
	 * Registers a submission (接件) for an item in force, fixing the item's version on the case. With an idempotency
	 * key already used, returns the case of the first request and creates nothing.
	 *
	 * @throws ItemNotInForceException when the item is not published and in force
	 * @throws IdentityNumberInvalidException when an ID number or its check character is wrong
	 * @throws MaterialNotOfItemException when a material names a number the item does not have
	 */
	@Transactional
	public CaseFile submit(NewSubmission submission, String idempotencyKey) {
		return submit(submission, idempotencyKey, actor(), clock.instant());
	}

	@Transactional
	CaseFile submit(NewSubmission submission, String idempotencyKey, Actor actor, Instant at) {
		if (idempotencyKey != null) {
			// double clicks and retries wait here for the first request's transaction, then find its case
			jdbc.sql("select pg_advisory_xact_lock(hashtext(:key))").param("key", idempotencyKey).query().listOfRows();
			Optional<Long> first = cases.byIdempotencyKey(idempotencyKey);
			if (first.isPresent()) {
				return caseFile(first.get());
			}
		}
		ServiceItem item = catalog.current(submission.itemId())
			.filter(found -> actor.caller() == null || actor.caller().worksWindowOf(found.unitId(), found.departmentId()))
			// intake is window work: another unit's item answers as one not in force, so nobody learns of it here
			.orElseThrow(() -> new ItemNotInForceException(submission.itemId()));
		ApplicantDetails applicant = submission.applicant();
		if (applicant == null) {
			throw new SubmissionInvalidException("casework.applicant.missing");
		}
		if (applicant.kind() == null || blank(applicant.name())) {
			throw new SubmissionInvalidException("casework.applicant.nameMissing");
		}
		if (applicant.kind() == ApplicantKind.ORGANISATION && blank(applicant.organisation())) {
			throw new SubmissionInvalidException("casework.applicant.organisationMissing");
		}
		String idNumber = IdentityNumbers.check(applicant.idType(), applicant.idNumber());
		String phone = applicant.phone() == null ? "" : applicant.phone().replaceAll("\\s", "");
		if (!PHONE.matcher(phone).matches()) {
			throw new SubmissionInvalidException("casework.applicant.phoneInvalid");
		}
		String email = blank(applicant.email()) ? null : applicant.email().strip();
		if (email != null && !EMAIL.matcher(email).matches()) {
			throw new SubmissionInvalidException("casework.applicant.emailInvalid");
		}
		String agentName = blank(applicant.agentName()) ? null : applicant.agentName().strip();
		String agentId = null;
		String agentPhone = null;
		if (agentName != null) {
			agentId = IdentityNumbers.check(applicant.agentIdType(), applicant.agentIdNumber());
			agentPhone = blank(applicant.agentPhone()) ? null : applicant.agentPhone().replaceAll("\\s", "");
			if (agentPhone != null && !PHONE.matcher(agentPhone).matches()) {
				throw new SubmissionInvalidException("casework.applicant.phoneInvalid");
			}
		}
		if (submission.channel() == null || submission.pickup() == null) {
			throw new SubmissionInvalidException("casework.submission.incomplete");
		}
		List<ReceivedMaterial> materials = checkedMaterials(item, submission.materials());
		LocalDate today = date(at);
		String unitCode = unitCode(item.unitId());
		Map<String, Object> values = columns("unit_id", item.unitId(), "department_id", item.departmentId(),
				"item_id", item.id(), "item_version", item.version(), "item_name", item.name(), "query_code",
				newQueryCode(), "state", CaseState.RECEIVED, "channel", submission.channel(), "applicant_kind",
				applicant.kind(), "applicant_name", applicant.name().strip(), "applicant_organisation",
				blank(applicant.organisation()) ? null : applicant.organisation().strip(), "id_type",
				applicant.idType(), "id_number_encrypted", cryptography.encrypt(idNumber), "id_number_hash",
				hash(idNumber), "id_number_masked", IdentityNumbers.mask(idNumber), "phone_encrypted",
				cryptography.encrypt(phone), "phone_masked", maskPhone(phone), "email_encrypted",
				email == null ? null : cryptography.encrypt(email), "address",
				blank(applicant.address()) ? null : applicant.address().strip(), "agent_name", agentName,
				"agent_id_type", agentName == null ? null : applicant.agentIdType(), "agent_id_encrypted",
				agentId == null ? null : cryptography.encrypt(agentId), "agent_id_hash",
				agentId == null ? null : hash(agentId), "agent_phone_encrypted",
				agentPhone == null ? null : cryptography.encrypt(agentPhone), "pickup_method", submission.pickup(),
				"received_on", today, "received_at", at, "received_by", actor.name(), "notice_due_on",
				calendar.deadline(unitCode, today, NOTICE_WORKING_DAYS).date(), "last_supplied_on", today,
				"idempotency_key", idempotencyKey);
		long id = cases.insert(values);
		cases.insertMaterials(id, materials, 0);
		record(id, actor, at, "received", item.name() + " v" + item.version());
		events.publishEvent(new CaseReceived(id, item.unitId(), item.id(), today));
		return caseFile(id);
	}

	/**
	 * Issues the one-time notice (一次性告知书/补正材料通知书) listing everything missing or irregular; the case waits in
	 * 补正中. A second notice for the same submission is only for problems of newly supplied material, with a reason,
	 * and counts as a breach of the one-time rule.
	 */
	@Transactional
	public CaseDocument issueCorrectionNotice(long caseId, List<MaterialDefect> defects, String reason) {
		return issueCorrectionNotice(caseId, defects, reason, actor(), clock.instant());
	}

	@Transactional
	CaseDocument issueCorrectionNotice(long caseId, List<MaterialDefect> defects, String reason, Actor actor,
			Instant at) {
		CaseRow c = locked(caseId);
		requireWindowWork(c, actor);
		requireState(c, CaseState.RECEIVED);
		LocalDate today = date(at);
		if (today.isAfter(c.noticeDueOn())) {
			// 行政许可法 第三十二条: once the 5 days have passed the application counts as accepted; no notice any more
			throw new CaseRuleException("casework.notice.periodOver", c.noticeDueOn());
		}
		if (defects == null || defects.isEmpty()) {
			throw new SubmissionInvalidException("casework.notice.empty");
		}
		ServiceItem item = item(c);
		int rounds = cases.noticeRounds(caseId);
		String why = blank(reason) ? null : reason.strip();
		if (rounds > 0 && why == null) {
			throw new CaseRuleException("casework.notice.secondNeedsReason");
		}
		List<CaseFiles.StoredMaterial> materials = cases.materials(caseId);
		List<CaseFiles.StoredDefect> stored = new ArrayList<>();
		for (MaterialDefect defect : defects) {
			if (defect.kind() == DefectKind.MISSING) {
				if (rounds > 0) {
					throw new CaseRuleException("casework.notice.secondOnlyNewMaterial");
				}
				if (defect.itemMaterialNumber() == null) {
					throw new SubmissionInvalidException("casework.notice.defectIncomplete");
				}
				Material material = itemMaterial(item, defect.itemMaterialNumber());
				stored.add(new CaseFiles.StoredDefect(material.number(), null, material.name(),
						blank(defect.reason()) ? "未提交，请补充提交" : defect.reason().strip()));
			}
			else {
				CaseFiles.StoredMaterial received = materials.stream()
					.filter(m -> defect.materialPosition() != null && m.position() == defect.materialPosition())
					.findFirst()
					.orElseThrow(() -> new SubmissionInvalidException("casework.notice.defectIncomplete"));
				if (blank(defect.reason())) {
					throw new SubmissionInvalidException("casework.notice.reasonMissing", received.material().name());
				}
				if (rounds > 0 && received.round() < rounds) {
					throw new CaseRuleException("casework.notice.secondOnlyNewMaterial");
				}
				stored.add(new CaseFiles.StoredDefect(received.material().itemMaterialNumber(), received.position(),
						received.material().name(), defect.reason().strip()));
			}
		}
		int round = rounds + 1;
		boolean breach = round > 1;
		cases.insertNotice(caseId, round, c.unitId(), today, at, actor.name(), why, breach);
		cases.insertDefects(caseId, round, stored);
		Unit unit = organization.unit(c.unitId());
		String number = documentNumber(unit, CaseNotices.CORRECTION, today);
		Notice notice = CaseNotices.correction(c, item, number, stored, why, handler(actor, item), today,
				unit.name(), qr(c));
		CaseDocument document = store(caseId, CaseNotices.CORRECTION, notice, true, at);
		cases.set(caseId, columns("state", CaseState.AWAITING_CORRECTION));
		record(caseId, actor, at, breach ? "notice-again" : "notice", number + (breach ? "; " + why : ""));
		events.publishEvent(new CorrectionNoticeIssued(caseId, c.unitId(), round, breach, today));
		tellApplicant(c, "一次性告知", "您申请的“" + c.itemName() + "”需补正材料，详见《一次性告知书》" + number + "。查询码：" + c.queryCode(),
				"casework:" + caseId + ":notice:" + round);
		return document;
	}

	/** The applicant supplied what the notice asked for: the materials join the case, which is checked again. */
	@Transactional
	public CaseFile supplyCorrection(long caseId, List<ReceivedMaterial> supplied) {
		return supplyCorrection(caseId, supplied, actor(), clock.instant());
	}

	@Transactional
	CaseFile supplyCorrection(long caseId, List<ReceivedMaterial> supplied, Actor actor, Instant at) {
		CaseRow c = locked(caseId);
		requireWindowWork(c, actor);
		requireState(c, CaseState.AWAITING_CORRECTION);
		if (supplied == null || supplied.isEmpty()) {
			throw new SubmissionInvalidException("casework.correction.empty");
		}
		List<ReceivedMaterial> materials = checkedMaterials(item(c), supplied);
		int round = cases.noticeRounds(caseId);
		LocalDate today = date(at);
		cases.insertMaterials(caseId, materials, round);
		cases.noticeCorrected(caseId, round, today);
		cases.set(caseId, columns("state", CaseState.RECEIVED, "last_supplied_on", today, "notice_due_on",
				calendar.deadline(unitCode(c.unitId()), today, NOTICE_WORKING_DAYS).date()));
		record(caseId, actor, at, "corrected", materials.size() + "");
		return caseFile(caseId);
	}

	// ---- acceptance ---------------------------------------------------------------------------------------------

	/**
	 * Accepts the case: numbers it per unit and year, fixes the promised deadline from the unit's calendar (the day of
	 * acceptance does not count), assigns the first step to whoever acts for its post, and issues the receipt.
	 *
	 * @throws CaseStateException when it is not waiting for acceptance (e.g. accepted already)
	 */
	@Transactional
	public CaseFile accept(long caseId) {
		Instant at = clock.instant();
		return accept(caseId, actor(), at, date(at), false);
	}

	@Transactional
	CaseFile accept(long caseId, Actor actor, Instant at, LocalDate acceptedOn, boolean deemed) {
		CaseRow c = locked(caseId);
		requireWindowWork(c, actor);
		requireState(c, CaseState.RECEIVED);
		ServiceItem item = item(c);
		Unit unit = organization.unit(c.unitId());
		String unitCode = unit.creditCode();
		TimeLimit limit = item.promisedLimit() != null && item.promisedLimit().number() != null ? item.promisedLimit()
				: item.statutoryLimit();
		int days = item.caseKind() == CaseKind.IMMEDIATE || limit == null || limit.number() == null ? 0 : limit.number();
		boolean natural = limit != null && limit.unit() == LimitUnit.NATURAL_DAYS && days > 0;
		Deadline deadline = natural ? calendar.naturalDeadline(unitCode, acceptedOn, days)
				: calendar.deadline(unitCode, acceptedOn, days);
		List<ProcedureStep> steps = item.steps() == null || item.steps().isEmpty() ? defaultSteps(item) : item.steps();
		for (ProcedureStep step : steps) {
			cases.insertStep(caseId, step.number(), step.name(), step.postId(),
					organization.post(step.postId()).departmentId(), step.budgetWorkingDays());
		}
		CaseNotices.Handler handler = handler(actor, item);
		List<CaseFiles.StoredMaterial> materials = cases.materials(caseId);
		// The unit's counters stay locked until the commit (numbers are gapless), so they are taken only now, after
		// everything that does not need them.
		int sequence = cases.nextNumber(c.unitId(), acceptedOn.getYear(), "CASE");
		String caseNumber = unit.shortName() + "〔" + acceptedOn.getYear() + "〕" + sequence + "号";
		cases.set(caseId, columns("state", CaseState.ACCEPTED, "case_number", caseNumber, "accepted_on", acceptedOn,
				"accepted_at", at, "accepted_by", actor.name(), "deemed_accepted", deemed, "promised_days", days,
				"natural_days", natural, "base_deadline", deadline.date(), "deadline", deadline.date(),
				"deadline_status", DeadlineStatus.NORMAL));
		assign(locked(caseId), cases.steps(caseId).get(0), item.departmentId(), at);
		CaseRow accepted = row(caseId);
		Notice receipt = CaseNotices.receipt(accepted, item, documentNumber(unit, CaseNotices.RECEIPT, acceptedOn),
				materials, at, clock.getZone(), handler, unit.name(), qr(accepted));
		store(caseId, CaseNotices.RECEIPT, receipt, true, at);
		record(caseId, actor, at, deemed ? "deemed-accepted" : "accepted", caseNumber + ", " + deadline.date());
		events.publishEvent(new CaseAccepted(caseId, c.unitId(), caseNumber, acceptedOn, deadline.date(), deemed));
		tellApplicant(accepted, "已受理", "您申请的“" + c.itemName() + "”已受理，办件编号" + caseNumber + "，承诺办结日期"
				+ deadline.date() + "。查询码：" + c.queryCode(), "casework:" + caseId + ":accepted");
		return caseFile(caseId);
	}

	// ---- steps --------------------------------------------------------------------------------------------------

	/**
	 * Signs for (签收) a step handed over from another department, by whoever holds it or acts for its post; late when
	 * after the end of its working day (内部科室当天签办不过夜).
	 */
	@Transactional
	public void signStep(long caseId, int number) {
		signStep(caseId, number, actor(), clock.instant());
	}

	@Transactional
	void signStep(long caseId, int number, Actor actor, Instant at) {
		CaseRow c = locked(caseId);
		requireReach(c, actor, at);
		requireState(c, CaseState.ACCEPTED, CaseState.PROCESSING);
		CaseStep step = openStep(c, number);
		requireWorker(c, step, actor, at);
		if (!step.needsSigning() || step.signedAt() != null) {
			throw new CaseRuleException("casework.step.nothingToSign");
		}
		cases.signStep(caseId, number, at, actor.name());
		cases.set(caseId, columns("state", CaseState.PROCESSING));
		boolean sameDay = !date(at).isAfter(step.signBy());
		record(caseId, actor, at, "step-signed", step.name());
		events.publishEvent(new StepSigned(caseId, c.unitId(), number, sameDay));
	}

	/** Completes the open step with its opinion and routes the next one to whoever acts for its post. */
	@Transactional
	public void completeStep(long caseId, int number, String opinion) {
		completeStep(caseId, number, opinion, actor(), clock.instant());
	}

	@Transactional
	void completeStep(long caseId, int number, String opinion, Actor actor, Instant at) {
		CaseRow c = locked(caseId);
		requireReach(c, actor, at);
		requireState(c, CaseState.ACCEPTED, CaseState.PROCESSING);
		CaseStep step = openStep(c, number);
		requireWorker(c, step, actor, at);
		if (blank(opinion)) {
			throw new SubmissionInvalidException("casework.step.opinionMissing");
		}
		if (step.needsSigning() && step.signedAt() != null) {
			// signed already: nothing to add
		}
		else if (step.needsSigning()) {
			events.publishEvent(new StepSigned(caseId, c.unitId(), number, !date(at).isAfter(step.signBy())));
		}
		cases.completeStep(caseId, number, at, date(at), actor.name(), opinion.strip());
		cases.set(caseId, columns("state", CaseState.PROCESSING));
		record(caseId, actor, at, "step-completed", step.name());
		events.publishEvent(new StepCompleted(caseId, c.unitId(), number, actor.staffId(), step.onBehalf(), date(at)));
		List<CaseStep> steps = cases.steps(caseId);
		steps.stream().filter(next -> next.number() > number).findFirst().ifPresentOrElse(
				next -> assign(row(caseId), next, step.departmentId(), at),
				() -> cases.set(caseId, columns("current_step", null, "current_post_id", null)));
	}

	// ---- the clock ----------------------------------------------------------------------------------------------

	/**
	 * Pauses the clock for a correction after acceptance (补正) or a special procedure that the law excludes from the
	 * limit (行政许可法 第四十五条), telling the applicant in writing.
	 */
	@Transactional
	public CaseDocument suspend(long caseId, PauseKind kind, String procedureName, String reason,
			Integer plannedDays) {
		return suspend(caseId, kind, procedureName, reason, plannedDays, actor(), clock.instant());
	}

	@Transactional
	CaseDocument suspend(long caseId, PauseKind kind, String procedureName, String reason, Integer plannedDays,
			Actor actor, Instant at) {
		CaseRow c = locked(caseId);
		requireReach(c, actor, at);
		requireState(c, CaseState.ACCEPTED, CaseState.PROCESSING);
		requireCurrentWorker(c, actor, at);
		if (kind == null || blank(reason)) {
			throw new SubmissionInvalidException("casework.pause.reasonMissing");
		}
		String procedure = null;
		Integer planned = plannedDays;
		if (kind == PauseKind.SPECIAL_PROCEDURE) {
			procedure = blank(procedureName) ? "" : procedureName.strip();
			String name = procedure;
			Optional<SpecialProcedure> ofItem = item(c).specialProcedures() == null ? Optional.empty()
					: item(c).specialProcedures().stream().filter(p -> p.name().equals(name)).findFirst();
			if (ofItem.map(SpecialProcedure::countedInLimit).orElse(!STATUTORY_SPECIAL_PROCEDURES.contains(name))) {
				throw new CaseRuleException("casework.pause.notExcluded", name);
			}
			if (planned == null) {
				planned = ofItem.map(SpecialProcedure::workingDays).orElse(null);
			}
		}
		if (planned != null && planned < 0) {
			throw new SubmissionInvalidException("casework.pause.plannedInvalid");
		}
		LocalDate today = date(at);
		cases.insertPause(caseId, kind, procedure, reason.strip(), planned, today, actor.name());
		cases.set(caseId, columns("state", CaseState.SUSPENDED, "state_before", c.state()));
		Unit unit = organization.unit(c.unitId());
		String number = documentNumber(unit, CaseNotices.SUSPENSION, today);
		Notice notice = CaseNotices.suspension(c, number, kind, procedure, reason.strip(), planned, today,
				handler(actor, item(c)), unit.name(), qr(c));
		CaseDocument document = store(caseId, CaseNotices.SUSPENSION, notice, true, at);
		record(caseId, actor, at, "suspended", (procedure == null ? "补正" : procedure) + ": " + reason.strip());
		events.publishEvent(new CaseSuspended(caseId, c.unitId(), kind, procedure, today));
		tellApplicant(c, "暂停计时", "您的办件" + c.caseNumber() + "自" + today + "起暂停计时，详见" + number + "。",
				"casework:" + caseId + ":suspended:" + number);
		return document;
	}

	/** The clock runs again; the deadline moves by the working days the pause lasted. */
	@Transactional
	public CaseFile resume(long caseId) {
		return resume(caseId, actor(), clock.instant());
	}

	@Transactional
	CaseFile resume(long caseId, Actor actor, Instant at) {
		CaseRow c = locked(caseId);
		requireReach(c, actor, at);
		requireCurrentWorker(c, actor, at);
		requireState(c, CaseState.SUSPENDED);
		CasePause pause = cases.pauses(caseId)
			.stream()
			.filter(p -> p.endedOn() == null)
			.findFirst()
			.orElseThrow(() -> new CaseStateException(c.state()));
		LocalDate today = date(at);
		// the day the pause began was already running and the day it ends runs again: the days between are paused
		int days = today.minusDays(1).isAfter(pause.startedOn())
				? calendar.workingDays(unitCode(c.unitId()), pause.startedOn(), today.minusDays(1)).days() : 0;
		cases.endPause(pause.id(), today, days);
		int paused = c.pausedWorkingDays() + days;
		LocalDate deadline = deadline(c, paused, c.extensionWorkingDays());
		cases.set(caseId, columns("state", c.stateBefore() == null ? CaseState.PROCESSING : c.stateBefore(),
				"state_before", null, "paused_working_days", paused, "deadline", deadline));
		record(caseId, actor, at, "resumed", days + " → " + deadline);
		events.publishEvent(new CaseResumed(caseId, c.unitId(), today, days, deadline));
		return caseFile(caseId);
	}

	/**
	 * The handler asks for an extension (延期) before the deadline; the leader with authority over the department
	 * decides. The item's maximum (行政许可法 第四十二条: 10 more working days for a 20-day licence) bounds the sum.
	 */
	@Transactional
	public CaseExtension requestExtension(long caseId, int workingDays, String reason) {
		return requestExtension(caseId, workingDays, reason, actor(), clock.instant());
	}

	@Transactional
	CaseExtension requestExtension(long caseId, int workingDays, String reason, Actor actor, Instant at) {
		CaseRow c = locked(caseId);
		requireReach(c, actor, at);
		requireState(c, CaseState.ACCEPTED, CaseState.PROCESSING, CaseState.SUSPENDED);
		requireCurrentWorker(c, actor, at);
		LocalDate today = date(at);
		if (today.isAfter(c.deadline())) {
			throw new CaseRuleException("casework.extension.afterDeadline", c.deadline());
		}
		if (workingDays <= 0 || blank(reason)) {
			throw new SubmissionInvalidException("casework.extension.incomplete");
		}
		List<CaseExtension> extensions = cases.extensions(caseId);
		if (extensions.stream().anyMatch(e -> e.decision() == null)) {
			throw new CaseRuleException("casework.extension.pending");
		}
		int maximum = item(c).maxExtensionWorkingDays();
		if (c.extensionWorkingDays() + workingDays > maximum) {
			throw new CaseRuleException("casework.extension.beyondMaximum", maximum, c.extensionWorkingDays());
		}
		StaffMember decider = organization.authorityOver(c.departmentId(), DecisionLevel.DEPUTY_LEADER)
			.orElseThrow(() -> new CaseRuleException("casework.extension.noDecider"));
		long id = cases.insertExtension(caseId, c.unitId(), workingDays, reason.strip(), today, actor.name(),
				decider.id(), c.deadline());
		record(caseId, actor, at, "extension-requested", workingDays + ": " + reason.strip());
		tellStaff(decider.id(), "延期审批", c.caseNumber() + " " + c.itemName() + " 申请延期" + workingDays + "个工作日",
				"/cases/approvals");
		return cases.extension(id).orElseThrow();
	}

	/** The leader with authority (or their acting leader) approves or rejects; approval tells the applicant. */
	@Transactional
	public CaseExtension decideExtension(long extensionId, ExtensionDecision decision, String note) {
		return decideExtension(extensionId, decision, note, actor(), clock.instant());
	}

	@Transactional
	CaseExtension decideExtension(long extensionId, ExtensionDecision decision, String note, Actor actor,
			Instant at) {
		CaseExtension request = cases.extension(extensionId).orElseThrow(() -> new CaseNotFoundException(extensionId));
		CaseRow c = locked(request.caseId());
		// only the leader the request is addressed to, or whoever acts for them now, decides
		boolean acting = substitutes.actingLeaderOf(request.deciderStaffId())
			.filter(leader -> actor.is(leader.actingStaffId()))
			.isPresent();
		if (actor.caller() != null && !actor.is(request.deciderStaffId()) && !acting) {
			refuse(c, actor.caller());
		}
		if (request.decision() != null) {
			throw new CaseRuleException("casework.extension.decided");
		}
		if (decision == null) {
			throw new SubmissionInvalidException("casework.extension.decisionMissing");
		}
		String text = blank(note) ? null : note.strip();
		LocalDate today = date(at);
		if (decision == ExtensionDecision.REJECTED) {
			cases.decideExtension(extensionId, decision, text, at, actor.name(), null);
			record(c.id(), actor, at, "extension-rejected", text);
			return cases.extension(extensionId).orElseThrow();
		}
		int extended = c.extensionWorkingDays() + request.workingDays();
		LocalDate deadline = deadline(c, c.pausedWorkingDays(), extended);
		cases.decideExtension(extensionId, decision, text, at, actor.name(), deadline);
		cases.set(c.id(), columns("extension_working_days", extended, "deadline", deadline));
		Unit unit = organization.unit(c.unitId());
		String number = documentNumber(unit, CaseNotices.EXTENSION, today);
		store(c.id(), CaseNotices.EXTENSION, CaseNotices.extension(c, number, request.workingDays(), request.reason(),
				c.deadline(), deadline, today, handler(actor, item(c)), unit.name(), qr(c)), true, at);
		record(c.id(), actor, at, "extension-approved", request.workingDays() + " → " + deadline);
		events.publishEvent(new ExtensionApproved(c.id(), c.unitId(), request.workingDays(), deadline));
		tellApplicant(c, "延期办理", "您的办件" + c.caseNumber() + "经批准延期" + request.workingDays() + "个工作日，办结日期" + deadline
				+ "，理由：" + request.reason(), "casework:" + c.id() + ":extension:" + extensionId);
		return cases.extension(extensionId).orElseThrow();
	}

	// ---- completion ---------------------------------------------------------------------------------------------

	/**
	 * Completes the case granted (准予) with its certificate, after the last step, and tells the applicant. A refusal
	 * (不予) is only possible through the refusal filing.
	 *
	 * @throws CaseRuleException when a step is still open
	 */
	@Transactional
	public CaseFile complete(long caseId, String certificateName, String certificateNumber) {
		return complete(caseId, certificateName, certificateNumber, actor(), clock.instant());
	}

	@Transactional
	CaseFile complete(long caseId, String certificateName, String certificateNumber, Actor actor, Instant at) {
		CaseRow c = locked(caseId);
		requireReach(c, actor, at);
		requireState(c, CaseState.ACCEPTED, CaseState.PROCESSING);
		List<CaseStep> steps = cases.steps(caseId);
		Optional<CaseStep> open = steps.stream().filter(s -> s.completedOn() == null).findFirst();
		if (open.isPresent()) {
			throw new CaseRuleException("casework.complete.stepOpen", open.get().name());
		}
		CaseStep last = steps.get(steps.size() - 1);
		requireWorker(c, last, actor, at);
		if (blank(certificateName) || blank(certificateNumber)) {
			throw new SubmissionInvalidException("casework.complete.certificateMissing");
		}
		LocalDate today = date(at);
		cases.set(caseId, columns("state", CaseState.COMPLETED, "result", CaseResult.GRANTED, "certificate_name",
				certificateName.strip(), "certificate_number", certificateNumber.strip(), "decided_on", today));
		Unit unit = organization.unit(c.unitId());
		CaseNotices.Handler handler = handler(actor, item(c));
		record(caseId, actor, at, "completed", certificateName.strip() + " " + certificateNumber.strip());
		publishCompleted(c, CaseResult.GRANTED, today);
		tellApplicant(c, "已办结", "您的办件" + c.caseNumber() + "已办结（准予），取件方式：" + CaseNotices.pickup(c.pickup())
				+ "。欢迎对本次服务进行评价。查询码：" + c.queryCode(), "casework:" + caseId + ":completed");
		// The unit's counter of decisions stays locked until the commit (numbers are gapless): taken last.
		String number = documentNumber(unit, CaseNotices.COMPLETION, today);
		store(caseId, CaseNotices.COMPLETION, CaseNotices.completion(c, number, certificateName.strip(),
				certificateNumber.strip(), today, handler, unit.name(), qr(c)), true, at);
		return caseFile(caseId);
	}

	/** Records delivery (送达) of the result; a certificate later than 10 working days after the decision is flagged. */
	@Transactional
	public CaseFile deliver(long caseId, DeliveryMethod method, LocalDate deliveredOn) {
		return deliver(caseId, method, deliveredOn, actor(), clock.instant());
	}

	@Transactional
	CaseFile deliver(long caseId, DeliveryMethod method, LocalDate deliveredOn, Actor actor, Instant at) {
		CaseRow c = locked(caseId);
		requireWindowWork(c, actor);
		requireState(c, CaseState.COMPLETED);
		if (method == null || deliveredOn == null || deliveredOn.isBefore(c.decidedOn())
				|| deliveredOn.isAfter(date(at))) {
			throw new SubmissionInvalidException("casework.deliver.dateInvalid", c.decidedOn());
		}
		boolean late = c.result() == CaseResult.GRANTED && deliveredOn
			.isAfter(calendar.deadline(unitCode(c.unitId()), c.decidedOn(), DELIVERY_WORKING_DAYS).date());
		cases.set(caseId, columns("state", CaseState.DELIVERED, "delivery_method", method, "delivered_on", deliveredOn,
				"delivered_late", late));
		record(caseId, actor, at, "delivered", method + " " + deliveredOn + (late ? " (late)" : ""));
		events.publishEvent(new CaseDelivered(caseId, c.unitId(), method, deliveredOn, late));
		return caseFile(caseId);
	}

	/** Records the applicant's withdrawal (撤回) of an open case. */
	@Transactional
	public CaseFile withdraw(long caseId, String reason) {
		return withdraw(caseId, reason, actor(), clock.instant());
	}

	@Transactional
	CaseFile withdraw(long caseId, String reason, Actor actor, Instant at) {
		CaseRow c = locked(caseId);
		requireWindowWork(c, actor);
		if (c.state().closed() || c.state() == CaseState.REFUSAL_PENDING) {
			throw new CaseStateException(c.state());
		}
		if (blank(reason)) {
			throw new SubmissionInvalidException("casework.withdraw.reasonMissing");
		}
		LocalDate today = date(at);
		cases.pauses(caseId).stream().filter(p -> p.endedOn() == null).forEach(p -> cases.endPause(p.id(), today, 0));
		cases.set(caseId, columns("state", CaseState.WITHDRAWN, "withdrawn_on", today, "current_step", null,
				"current_post_id", null));
		record(caseId, actor, at, "withdrawn", reason.strip());
		events.publishEvent(new CaseWithdrawn(caseId, c.unitId(), today));
		return caseFile(caseId);
	}

	// ---- refusal (否定报备制): called only by the refusal module ------------------------------------------------

	/**
	 * The handler filed a refusal beyond their authority: the case waits for the leader (REFUSAL_PENDING).
	 *
	 * @throws CaseStateException unless the case is received, awaiting correction, accepted or processing
	 */
	@Transactional
	public void refusalFiled(long caseId, long refusalId) {
		CaseRow c = locked(caseId);
		requireState(c, CaseState.RECEIVED, CaseState.AWAITING_CORRECTION, CaseState.ACCEPTED, CaseState.PROCESSING);
		cases.set(caseId, columns("state", CaseState.REFUSAL_PENDING, "state_before", c.state()));
		record(caseId, actor(), clock.instant(), "refusal-filed", "#" + refusalId);
	}

	/** The leader disagreed: the case returns to its state before the filing, with the instruction on record. */
	@Transactional
	public void refusalOverruled(long caseId, long refusalId, String instruction) {
		CaseRow c = locked(caseId);
		requireState(c, CaseState.REFUSAL_PENDING);
		cases.set(caseId, columns("state", c.stateBefore(), "state_before", null));
		record(caseId, actor(), clock.instant(), "refusal-overruled", "#" + refusalId + ": " + instruction);
	}

	/**
	 * The refusal took effect: before acceptance the case is not accepted (不予受理), after it completed refused
	 * (不予许可). Only when the refusal module confirms that this filing took effect for this case.
	 *
	 * @throws CaseRuleException when no refusal filing confirms it
	 */
	@Transactional
	public void refusalTookEffect(long caseId, long refusalId) {
		CaseRow c = locked(caseId);
		if (refusalRecords.orderedStream().noneMatch(records -> records.tookEffect(refusalId, caseId))) {
			throw new CaseRuleException("casework.refusal.notConfirmed");
		}
		if (c.state() == CaseState.NOT_ACCEPTED || c.result() == CaseResult.REFUSED) {
			return;
		}
		CaseState base = c.state() == CaseState.REFUSAL_PENDING ? c.stateBefore() : c.state();
		Instant at = clock.instant();
		LocalDate today = date(at);
		if (base == CaseState.RECEIVED || base == CaseState.AWAITING_CORRECTION) {
			cases.set(caseId, columns("state", CaseState.NOT_ACCEPTED, "state_before", base, "decided_on", today));
			record(caseId, actor(), at, "not-accepted", "#" + refusalId);
			return;
		}
		if (base != CaseState.ACCEPTED && base != CaseState.PROCESSING && base != CaseState.SUSPENDED) {
			throw new CaseStateException(c.state());
		}
		cases.pauses(caseId).stream().filter(p -> p.endedOn() == null).forEach(p -> cases.endPause(p.id(), today, 0));
		cases.set(caseId, columns("state", CaseState.COMPLETED, "state_before", base, "result", CaseResult.REFUSED,
				"decided_on", today, "current_step", null, "current_post_id", null));
		record(caseId, actor(), at, "refused", "#" + refusalId);
		publishCompleted(c, CaseResult.REFUSED, today);
	}

	/** A reviewer found the refusal wrong: the case reopens (its state before the refusal, or PROCESSING). */
	@Transactional
	public void refusalFoundWrong(long caseId, long refusalId, String finding) {
		CaseRow c = locked(caseId);
		if (c.state() != CaseState.NOT_ACCEPTED && c.result() != CaseResult.REFUSED) {
			throw new CaseStateException(c.state());
		}
		CaseState reopened = c.stateBefore() == null || c.stateBefore() == CaseState.SUSPENDED ? CaseState.PROCESSING
				: c.stateBefore();
		cases.set(caseId, columns("state", reopened, "state_before", null, "result", null, "decided_on", null));
		jdbc.sql("delete from casework.commitment_fact where case_id = :id").param("id", caseId).update();
		record(caseId, actor(), clock.instant(), "refusal-found-wrong", "#" + refusalId + ": " + finding);
	}

	/**
	 * Archives a document issued by another module with the case (e.g. 不予受理通知书); idempotent per number. When
	 * {@code forApplicant}, the public progress page offers it for download.
	 */
	@Transactional
	public void archiveDocument(long caseId, String title, String number, byte[] pdf, boolean forApplicant) {
		CaseRow c = row(caseId);
		cases.insertDocument(c.id(), "ARCHIVED", title, number, null, pdf, forApplicant, clock.instant());
		auditLog.record(new AuditEntry(MODULE, "case.document-archived", String.valueOf(caseId), null, number));
	}

	/** Sends an SMS (and an email when the applicant gave one) to the applicant; idempotent per key. */
	@Transactional
	public void notifyApplicant(long caseId, String subject, String body, String idempotencyKey) {
		tellApplicant(row(caseId), subject, body, idempotencyKey);
	}

	// ---- time-driven --------------------------------------------------------------------------------------------

	/**
	 * 行政许可法 第三十二条: a submission without a one-time notice within 5 days counts as accepted on the day its
	 * materials were received; records those acceptances. A case the rules refuse (an item without a procedure) is
	 * counted as failed and stops no other.
	 */
	@Transactional(propagation = Propagation.NOT_SUPPORTED)
	public SweepCount acceptWhereNoticePeriodPassed() {
		Instant at = clock.instant();
		return sweeps.each(SWEEP, cases.receivedWithNoticePeriodOver(date(at)), id -> id, id -> {
			CaseRow c = locked(id);
			if (c.state() != CaseState.RECEIVED) {
				return false;
			}
			events.publishEvent(new NoticeDeadlineMissed(id, c.unitId(), c.lastSuppliedOn()));
			accept(id, Actor.SYSTEM, at, c.lastSuppliedOn(), true);
			return true;
		});
	}

	/**
	 * Publishes DeadlineTurnedYellow and DeadlineTurnedRed once per case as the deadlines come near and pass, each
	 * case in its own transaction and under its row lock, so that a second node (or a second run) finds the status
	 * already set and publishes nothing.
	 */
	@Transactional(propagation = Propagation.NOT_SUPPORTED)
	public SweepCount markDeadlineStatuses() {
		return sweeps.each(SWEEP, cases.running(), CaseRow::id, listed -> markDeadlineStatus(locked(listed.id())));
	}

	private boolean markDeadlineStatus(CaseRow c) {
		if (!CaseFiles.CLOCK_RUNNING.contains(c.state()) || c.deadline() == null) {
			return false;
		}
		DeadlineStatus status = calendar.status(unitCode(c.unitId()), c.acceptedOn(), c.deadline(), settings.warning());
		DeadlineStatus before = c.deadlineStatus() == null ? DeadlineStatus.NORMAL
				: DeadlineStatus.valueOf(c.deadlineStatus());
		if (status.compareTo(before) <= 0) {
			return false;
		}
		cases.set(c.id(), columns("deadline_status", status));
		if (status == DeadlineStatus.YELLOW || before == DeadlineStatus.NORMAL) {
			events.publishEvent(new DeadlineTurnedYellow(c.id(), c.unitId(), c.departmentId(), c.currentStaffId(),
					c.deadline()));
		}
		if (status == DeadlineStatus.RED) {
			events.publishEvent(new DeadlineTurnedRed(c.id(), c.unitId(), c.departmentId(), c.currentStaffId(),
					c.deadline()));
		}
		return true;
	}

	/**
	 * Flags the steps handed over between departments and not signed for by the end of their working day, once each:
	 * only the run that sets the flag records and publishes it.
	 */
	@Transactional(propagation = Propagation.NOT_SUPPORTED)
	public SweepCount flagUnsignedHandovers() {
		Instant at = clock.instant();
		return sweeps.each(SWEEP, cases.unsignedBefore(date(at)), step -> step.caseId() + "#" + step.number(), step -> {
			if (!cases.flagUnsigned(step.caseId(), step.number())) {
				return false;
			}
			cases.history(step.caseId(), at, "system", "handover-unsigned", String.valueOf(step.number()));
			events.publishEvent(new HandoverNotSignedSameDay(step.caseId(), step.unitId(), step.number(),
					step.departmentId(), step.staffId(), step.assignedOn()));
			return true;
		});
	}

	// ---- helpers ------------------------------------------------------------------------------------------------

	private void assign(CaseRow c, CaseStep step, long fromDepartment, Instant at) {
		Acting acting = substitutes.whoActsFor(step.postId(), at);
		StaffMember staff = acting.staffId() == null ? null : organization.staffMember(acting.staffId());
		LocalDate on = date(at);
		String unitCode = unitCode(c.unitId());
		LocalDate due = calendar.deadline(unitCode, on, step.budgetDays()).date();
		boolean handover = step.departmentId() != fromDepartment;
		LocalDate signBy = handover ? calendar.deadline(unitCode, on, 0).date() : null;
		cases.assignStep(c.id(), step.number(), acting.staffId(), staff == null ? null : staff.staffNumber(),
				acting.onBehalf(), at, on, due, handover, signBy);
		cases.set(c.id(), columns("current_step", step.number(), "current_post_id", step.postId(),
				"current_department_id", step.departmentId(), "current_staff_id", acting.staffId(),
				"current_staff_number", staff == null ? null : staff.staffNumber()));
		if (staff != null && staff.username() != null) {
			notifications.send(Notification.inApp(staff.username(), "新办件：" + step.name(),
					(c.caseNumber() == null ? "" : c.caseNumber() + " ") + c.itemName()
							+ (acting.onBehalf() ? "（代岗）" : ""),
					"/cases/" + c.id()).withIdempotencyKey("casework:" + c.id() + ":step:" + step.number()));
		}
	}

	/**
	 * Step work: the holder of the step, whoever acts for its post now (a substitute during an absence), or a head or
	 * leader whose scope covers the step's department.
	 */
	private void requireWorker(CaseRow c, CaseStep step, Actor actor, Instant at) {
		if (actor.is(step.staffId())) {
			return;
		}
		if (actor.staffId() != null && actor.is(substitutes.whoActsFor(step.postId(), at).staffId())) {
			return;
		}
		if (actor.leadsOver(c, step.departmentId())) {
			return;
		}
		refuse(c, actor.caller());
	}

	/**
	 * Whoever may neither see the case nor works one of its open steps (a substitute sees it only through the step)
	 * learns nothing of it, not even its state.
	 */
	private void requireReach(CaseRow c, Actor actor, Instant at) {
		if (actor.caller() == null || visible(c, actor.caller().scope())) {
			return;
		}
		boolean works = actor.staffId() != null && cases.steps(c.id())
			.stream()
			.filter(CaseStep::open)
			.anyMatch(step -> actor.is(step.staffId()) || actor.is(substitutes.whoActsFor(step.postId(), at).staffId()));
		if (!works) {
			throw new CaseNotFoundException(c.id());
		}
	}

	/** Window work: see {@link Actor#worksWindowOf(CaseRow)}. */
	private void requireWindowWork(CaseRow c, Actor actor) {
		if (!actor.worksWindowOf(c)) {
			refuse(c, actor.caller());
		}
	}

	/**
	 * Refuses a command: a caller who may not see the case learns nothing of it (as if it did not exist); one who may
	 * see it is told it is not their work.
	 */
	private void refuse(CaseRow c, Caller caller) {
		if (caller == null || !visible(c, caller.scope())) {
			throw new CaseNotFoundException(c.id());
		}
		throw new NotYourWorkException();
	}

	private void requireCurrentWorker(CaseRow c, Actor actor, Instant at) {
		List<CaseStep> steps = cases.steps(c.id());
		if (steps.isEmpty()) {
			// not yet accepted: nobody works a step of it, so nothing that needs a worker can be done to it now
			throw new CaseStateException(c.state());
		}
		CaseStep step = steps.stream().filter(CaseStep::open).findFirst().orElse(steps.get(steps.size() - 1));
		requireWorker(c, step, actor, at);
	}

	private CaseStep openStep(CaseRow c, int number) {
		CaseStep step = cases.steps(c.id())
			.stream()
			.filter(s -> s.number() == number)
			.findFirst()
			.orElseThrow(() -> new CaseNotFoundException(c.id() + "#" + number));
		if (!step.open()) {
			throw new CaseRuleException("casework.step.notOpen", step.name());
		}
		return step;
	}

	private List<ProcedureStep> defaultSteps(ServiceItem item) {
		if (item.responsiblePostIds() == null || item.responsiblePostIds().isEmpty()) {
			throw new CaseRuleException("casework.item.noProcedure");
		}
		int budget = item.promisedLimit() == null || item.promisedLimit().number() == null ? 0
				: item.promisedLimit().number();
		return List.of(new ProcedureStep(1, "承办", item.responsiblePostIds().get(0), budget));
	}

	private void publishCompleted(CaseRow c, CaseResult result, LocalDate today) {
		CaseRow now = row(c.id());
		String unitCode = unitCode(c.unitId());
		int used = today.isAfter(now.acceptedOn())
				? calendar.workingDays(unitCode, now.acceptedOn(), today).days() - now.pausedWorkingDays() : 0;
		boolean onTime = !today.isAfter(now.deadline());
		events.publishEvent(new CaseCompleted(c.id(), c.unitId(), c.departmentId(), result, today, now.deadline(),
				onTime, Math.max(0, used)));
	}

	private LocalDate deadline(CaseRow c, int paused, int extended) {
		int added = paused + extended;
		return added == 0 ? c.baseDeadline() : calendar.deadline(unitCode(c.unitId()), c.baseDeadline(), added).date();
	}

	private DeadlineExplanation explanation(CaseRow c) {
		if (c.acceptedOn() == null) {
			return null;
		}
		String unitCode = unitCode(c.unitId());
		Deadline base = c.naturalDays() ? calendar.naturalDeadline(unitCode, c.acceptedOn(), c.promisedDays())
				: calendar.deadline(unitCode, c.acceptedOn(), c.promisedDays());
		return new DeadlineExplanation(c.acceptedOn(), c.promisedDays(), c.naturalDays(), c.baseDeadline(),
				base.explanation(), c.pausedWorkingDays(), c.extensionWorkingDays(), c.deadline(), base.provisional());
	}

	private List<ReceivedMaterial> checkedMaterials(ServiceItem item, List<ReceivedMaterial> materials) {
		List<ReceivedMaterial> checked = new ArrayList<>();
		for (ReceivedMaterial material : materials) {
			if (material == null) {
				continue;
			}
			String name = material.name();
			if (material.itemMaterialNumber() != null) {
				Material ofItem = itemMaterial(item, material.itemMaterialNumber());
				name = blank(name) ? ofItem.name() : name;
			}
			if (blank(name)) {
				throw new SubmissionInvalidException("casework.material.nameMissing");
			}
			if (material.copies() < 1 || material.pages() < 1 || material.copies() > 999 || material.pages() > 9999) {
				throw new SubmissionInvalidException("casework.material.countInvalid", name);
			}
			checked.add(new ReceivedMaterial(material.itemMaterialNumber(), name.strip(), material.original(),
					material.copies(), material.pages()));
		}
		return checked;
	}

	private static Material itemMaterial(ServiceItem item, int number) {
		return item.materials()
			.stream()
			.filter(m -> m.number() == number)
			.findFirst()
			.orElseThrow(() -> new MaterialNotOfItemException(number));
	}

	private CaseDocument store(long caseId, String kind, Notice notice, boolean forApplicant, Instant at) {
		byte[] pdf = documents.pdf(notice);
		long id = cases.insertDocument(caseId, kind, notice.title(), notice.documentNumber(),
				json.writeValueAsString(notice), pdf, forApplicant, at);
		auditLog.record(new AuditEntry(MODULE, "case.document-issued", String.valueOf(caseId), null,
				notice.documentNumber()));
		return cases.documents(caseId).stream().filter(d -> d.id() == id).findFirst().orElseThrow();
	}

	/** 机关简称 + 类别 + 〔年份〕 + 序号 + 号, numbered per unit, kind and year. */
	private String documentNumber(Unit unit, String kind, LocalDate on) {
		int sequence = cases.nextNumber(unit.id(), on.getYear(), kind);
		return unit.shortName() + CaseNotices.category(kind) + "〔" + on.getYear() + "〕" + sequence + "号";
	}

	private Notice.QrCode qr(CaseRow c) {
		return new Notice.QrCode(progressLink(c.queryCode()), "扫码查询办理进度（查询码 " + c.queryCode() + "）");
	}

	/** The public progress page for the case, with a key so that scanning the code needs no phone digits. */
	String progressLink(String queryCode) {
		String base = settings.publicBaseUrl().endsWith("/")
				? settings.publicBaseUrl().substring(0, settings.publicBaseUrl().length() - 1)
				: settings.publicBaseUrl();
		return base + "/portal/progress?code=" + queryCode + "&key=" + accessKey(queryCode);
	}

	/** The key printed in the QR code: a keyed hash of the query code, so nobody can make one for another case. */
	String accessKey(String queryCode) {
		byte[] mac = cryptography.keyedHash(("progress:" + queryCode).getBytes(StandardCharsets.UTF_8));
		return HexFormat.of().formatHex(mac, 0, 8);
	}

	private CaseNotices.Handler handler(Actor actor, ServiceItem item) {
		String name = actor.staffId() == null ? "窗口工作人员" : organization.staffMember(actor.staffId()).name();
		String phone = blank(item.consultationPhone()) ? "—" : item.consultationPhone();
		return new CaseNotices.Handler(name, phone);
	}

	private void tellApplicant(CaseRow c, String subject, String body, String key) {
		String phone = cryptography.decrypt(c.phoneEncrypted());
		if (MOBILE.matcher(phone).matches()) {
			notifications.send(Notification.sms(phone, subject, body).withIdempotencyKey(key + ":sms"));
		}
		if (c.emailEncrypted() != null) {
			notifications.send(Notification.email(cryptography.decrypt(c.emailEncrypted()), subject, body)
				.withIdempotencyKey(key + ":email"));
		}
	}

	private void tellStaff(long staffId, String subject, String body, String link) {
		String username = organization.staffMember(staffId).username();
		if (username != null) {
			notifications.send(Notification.inApp(username, subject, body, link));
		}
	}

	private void record(long caseId, Actor actor, Instant at, String action, String note) {
		cases.history(caseId, at, actor.name(), action, note);
		auditLog.recordAs(actor.name(), new AuditEntry(MODULE, "case." + action, String.valueOf(caseId), null, note));
	}

	private void requireState(CaseRow c, CaseState... allowed) {
		for (CaseState state : allowed) {
			if (c.state() == state) {
				return;
			}
		}
		throw new CaseStateException(c.state());
	}

	CaseRow row(long caseId) {
		return cases.find(caseId).orElseThrow(() -> new CaseNotFoundException(caseId));
	}

	private CaseRow locked(long caseId) {
		return cases.lock(caseId).orElseThrow(() -> new CaseNotFoundException(caseId));
	}

	/** The case when the scope shows it: its department, the current step's department or holder, or its unit. */
	CaseRow inScope(long caseId, DataScope scope) {
		CaseRow c = row(caseId);
		if (!visible(c, scope)) {
			throw new CaseNotFoundException(caseId);
		}
		return c;
	}

	private boolean visible(CaseRow c, DataScope scope) {
		return scope.includes(c.currentStaffNumber(), c.unitId(), c.departmentId())
				|| (c.currentDepartmentId() != null && scope.includesDepartment(c.unitId(), c.currentDepartmentId()))
				|| (scope.ownStaffNumber() != null && c.receivedBy() != null
						&& organization.staffByNumber(scope.ownStaffNumber())
							.map(StaffMember::username)
							.filter(c.receivedBy()::equals)
							.isPresent());
	}

	CaseFile file(CaseRow c) {
		List<ReceivedMaterial> materials = cases.materials(c.id()).stream().map(CaseFiles.StoredMaterial::material).toList();
		Long handler = c.currentStaffId();
		return new CaseFile(c.id(), c.caseNumber(), c.queryCode(), c.itemId(), c.itemVersion(), c.unitId(),
				c.departmentId(), c.state(),
				new Applicant(c.applicantKind(), c.applicantName(), c.applicantOrganisation(), c.idType(),
						c.idNumberMasked(), c.phoneMasked(), c.address(), c.agentName()),
				materials, c.receivedOn(), c.acceptedOn(), c.deadline(), handler);
	}

	private CaseStep named(CaseStep step) {
		String name = step.staffId() == null ? null : organization.staffMember(step.staffId()).name();
		return new CaseStep(step.number(), step.name(), step.postId(), step.departmentId(), step.staffId(), name,
				step.onBehalf(), step.budgetDays(), step.assignedOn(), step.dueOn(), step.needsSigning(),
				step.signBy(), step.signedAt(), step.signFlagged(), step.completedOn(), step.completedBy(),
				step.opinion());
	}

	ServiceItem item(CaseRow c) {
		return catalog.version(c.itemId(), c.itemVersion());
	}

	String unitCode(long unitId) {
		return organization.unit(unitId).creditCode();
	}

	String hash(String normalized) {
		return HexFormat.of().formatHex(cryptography.keyedHash(normalized.getBytes(StandardCharsets.UTF_8)));
	}

	private String newQueryCode() {
		while (true) {
			String code = ReadableCodes.next(10);
			if (!cases.queryCodeTaken(code)) {
				return code;
			}
		}
	}

	private static String maskPhone(String phone) {
		return phone.length() <= 7 ? "*".repeat(phone.length())
				: phone.substring(0, 3) + "*".repeat(phone.length() - 7) + phone.substring(phone.length() - 4);
	}

	private String decryptOrNull(String value) {
		return value == null ? null : cryptography.decrypt(value);
	}

	LocalDate date(Instant at) {
		return at.atZone(clock.getZone()).toLocalDate();
	}

	/** The caller as an actor, with their staff id when linked to a staff member at work. */
	Actor actor() {
		return Actor.of(callers.current());
	}

	private static boolean blank(String text) {
		return text == null || text.isBlank();
	}
}
