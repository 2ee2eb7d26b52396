package org.xiaoneng.casework;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.springframework.stereotype.Component;
import org.xiaoneng.catalog.Material;
import org.xiaoneng.catalog.ServiceCatalog;
import org.xiaoneng.catalog.ServiceItem;
import org.xiaoneng.common.ReadableCodes;
import org.xiaoneng.organization.Caller;

/**
 * Intake (接件) with the one-time notice (一次性告知制): a submission for an item in force is registered with the
 * item's version; what is missing or irregular goes into one written notice (一次性告知书/补正材料通知书); the
 * applicant's correction brings the case back for its check.
 */
@Component
class Intake {

	private static final Pattern PHONE = Pattern.compile("1[3-9]\\d{9}|0\\d{2,3}-?\\d{7,8}");

	private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

	private final CaseFiles cases;

	private final CasePapers papers;

	private final ServiceCatalog catalog;

	private final CaseAccess access;

	private final UnitCalendars calendars;

	private final ApplicantKeys keys;

	private final ApplicantNotices notices;

	private final CaseJournal journal;

	Intake(CaseFiles cases, CasePapers papers, ServiceCatalog catalog, CaseAccess access, UnitCalendars calendars,
			ApplicantKeys keys, ApplicantNotices notices, CaseJournal journal) {
		this.cases = cases;
		this.papers = papers;
		this.catalog = catalog;
		this.access = access;
		this.calendars = calendars;
		this.keys = keys;
		this.notices = notices;
		this.journal = journal;
	}

	long submit(NewSubmission submission, String idempotencyKey) {
		return submit(submission, idempotencyKey, access.caller(), calendars.now());
	}

	CaseDocument issueCorrectionNotice(long caseId, List<MaterialDefect> defects, String reason) {
		return issueCorrectionNotice(caseId, defects, reason, access.caller(), calendars.now());
	}

	void supplyCorrection(long caseId, List<ReceivedMaterial> supplied) {
		supplyCorrection(caseId, supplied, access.caller(), calendars.now());
	}

	/** Registers the submission; with an idempotency key already used, answers the first request's case. */
	long submit(NewSubmission submission, String idempotencyKey, Caller caller, Instant at) {
		if (idempotencyKey != null) {
			var first = cases.firstWithIdempotencyKey(idempotencyKey);
			if (first.isPresent()) {
				return first.get();
			}
		}
		ServiceItem item = catalog.current(submission.itemId())
			.filter(found -> caller.isSystem() || caller.worksWindowOf(found.unitId(), found.departmentId()))
			// intake is window work: another unit's item answers as one not in force, so nobody learns of it here
			.orElseThrow(() -> new ItemNotInForceException(submission.itemId()));
		ApplicantOnFile applicant = applicant(submission.applicant());
		if (submission.channel() == null || submission.pickup() == null) {
			throw new SubmissionInvalidException("casework.submission.incomplete");
		}
		List<ReceivedMaterial> materials = checkedMaterials(item, submission.materials());
		Case kase = Case.receive(new CaseIntake(item.unitId(), item.departmentId(), item.id(), item.version(),
				item.name(), newQueryCode(), submission.channel(), applicant, submission.pickup(), calendars.dateOf(at),
				at, caller.name(), idempotencyKey), calendars);
		cases.add(kase);
		papers.insertMaterials(kase.id(), materials, 0);
		journal.record(kase.id(), caller, at, "received", item.name() + " v" + item.version());
		return kase.id();
	}

	/** The applicant's details checked, encrypted and masked as the case file keeps them. */
	private ApplicantOnFile applicant(ApplicantDetails applicant) {
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
		return new ApplicantOnFile(applicant.kind(), applicant.name().strip(),
				blank(applicant.organisation()) ? null : applicant.organisation().strip(), applicant.idType(),
				keys.encrypt(idNumber), keys.hash(idNumber), IdentityNumbers.mask(idNumber), keys.encrypt(phone),
				maskPhone(phone), keys.encrypt(email), blank(applicant.address()) ? null : applicant.address().strip(),
				agentName, agentName == null ? null : applicant.agentIdType(), keys.encrypt(agentId),
				agentId == null ? null : keys.hash(agentId), keys.encrypt(agentPhone));
	}

	/**
	 * Issues the one-time notice listing everything missing or irregular; the case waits in 补正中. A second notice
	 * for the same submission is only for problems of newly supplied material, with a reason.
	 */
	CaseDocument issueCorrectionNotice(long caseId, List<MaterialDefect> defects, String reason, Caller caller,
			Instant at) {
		Case kase = cases.lock(caseId);
		access.requireWindowWork(kase, caller);
		LocalDate today = calendars.dateOf(at);
		kase.requireNoticePeriod(today);
		if (defects == null || defects.isEmpty()) {
			throw new SubmissionInvalidException("casework.notice.empty");
		}
		ServiceItem item = catalog.version(kase.itemId(), kase.itemVersion());
		List<CasePapers.StoredMaterial> received = papers.materials(caseId);
		List<CasePapers.StoredDefect> listed = new ArrayList<>();
		List<NoticeDefect> rounds = new ArrayList<>();
		for (MaterialDefect defect : defects) {
			if (defect.kind() == DefectKind.MISSING) {
				if (defect.itemMaterialNumber() == null) {
					throw new SubmissionInvalidException("casework.notice.defectIncomplete");
				}
				Material material = itemMaterial(item, defect.itemMaterialNumber());
				listed.add(new CasePapers.StoredDefect(material.number(), null, material.name(),
						blank(defect.reason()) ? "未提交，请补充提交" : defect.reason().strip()));
				rounds.add(new NoticeDefect(true, 0));
			}
			else {
				CasePapers.StoredMaterial material = received.stream()
					.filter(m -> defect.materialPosition() != null && m.position() == defect.materialPosition())
					.findFirst()
					.orElseThrow(() -> new SubmissionInvalidException("casework.notice.defectIncomplete"));
				if (blank(defect.reason())) {
					throw new SubmissionInvalidException("casework.notice.reasonMissing", material.material().name());
				}
				listed.add(new CasePapers.StoredDefect(material.material().itemMaterialNumber(), material.position(),
						material.material().name(), defect.reason().strip()));
				rounds.add(new NoticeDefect(false, material.round()));
			}
		}
		String why = blank(reason) ? null : reason.strip();
		CorrectionNoticeIssued issued = kase.issueCorrectionNotice(papers.noticeRounds(caseId), why, rounds, today);
		cases.save(kase);
		papers.insertNotice(caseId, issued.round(), kase.unitId(), today, at, caller.name(), caller.staffId(), why,
				issued.breach());
		papers.insertDefects(caseId, issued.round(), listed);
		CaseNotices.Handler handler = notices.handler(caller, item);
		CaseDocument document = notices.issue(kase, CaseNotices.CORRECTION, today, at,
				(number, unitName, qr) -> CaseNotices.correction(kase, item, number, listed, why, handler, today,
						unitName, qr));
		journal.record(caseId, caller, at, issued.breach() ? "notice-again" : "notice",
				document.number() + (issued.breach() ? "; " + why : ""));
		notices.tell(kase, "一次性告知", "您申请的“" + kase.itemName() + "”需补正材料，详见《一次性告知书》" + document.number()
				+ "。查询码：" + kase.queryCode(), "casework:" + caseId + ":notice:" + issued.round());
		return document;
	}

	/** The applicant supplied what the notice asked for: the materials join the case, which is checked again. */
	void supplyCorrection(long caseId, List<ReceivedMaterial> supplied, Caller caller, Instant at) {
		Case kase = cases.lock(caseId);
		access.requireWindowWork(kase, caller);
		kase.requireState(CaseState.AWAITING_CORRECTION);
		if (supplied == null || supplied.isEmpty()) {
			throw new SubmissionInvalidException("casework.correction.empty");
		}
		List<ReceivedMaterial> materials = checkedMaterials(catalog.version(kase.itemId(), kase.itemVersion()),
				supplied);
		LocalDate today = calendars.dateOf(at);
		kase.supplyCorrection(today, calendars);
		cases.save(kase);
		int round = papers.noticeRounds(caseId);
		papers.insertMaterials(caseId, materials, round);
		papers.noticeCorrected(caseId, round, today);
		journal.record(caseId, caller, at, "corrected", materials.size() + "");
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

	private static boolean blank(String text) {
		return text == null || text.isBlank();
	}
}
