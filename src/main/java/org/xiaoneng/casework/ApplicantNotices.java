package org.xiaoneng.casework;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.regex.Pattern;

import org.springframework.stereotype.Component;
import org.xiaoneng.badge.BadgeOffice;
import org.xiaoneng.catalog.ServiceItem;
import org.xiaoneng.common.StaffId;
import org.xiaoneng.common.UnitId;
import org.xiaoneng.organization.Caller;
import org.xiaoneng.organization.Organization;
import org.xiaoneng.organization.Unit;
import org.xiaoneng.platform.audit.AuditEntry;
import org.xiaoneng.platform.audit.AuditLog;
import org.xiaoneng.platform.documents.Documents;
import org.xiaoneng.platform.documents.Notice;
import org.xiaoneng.platform.notification.Notification;
import org.xiaoneng.platform.notification.Notifications;

/**
 * What the applicant is told: the written notices of a case, numbered 机关简称 + 类别 + 〔年份〕 + 序号 per unit, kind
 * and year and stored as data plus PDF so that a reprint is identical, and the SMS and email that go with them. The
 * messages are written to the notification outbox in the transaction of the change (docs/decisions/0013).
 */
@Component
class ApplicantNotices {

	private static final Pattern MOBILE = Pattern.compile("1[3-9]\\d{9}");

	private final CasePapers papers;

	private final Documents documents;

	private final AuditLog auditLog;

	private final Organization organization;

	private final Notifications notifications;

	private final ApplicantKeys keys;

	private final CaseworkSettings settings;

	private final BadgeOffice badges;

	ApplicantNotices(CasePapers papers, Documents documents, AuditLog auditLog,
			Organization organization, Notifications notifications, ApplicantKeys keys, CaseworkSettings settings,
			BadgeOffice badges) {
		this.badges = badges;
		this.papers = papers;
		this.documents = documents;
		this.auditLog = auditLog;
		this.organization = organization;
		this.notifications = notifications;
		this.keys = keys;
		this.settings = settings;
	}

	/** A notice's text once its number, the unit's name and the QR code of the progress page are known. */
	interface NoticeText {

		Notice write(String number, String unitName, Notice.QrCode qr);
	}

	/**
	 * Numbers and stores a notice of the case for the applicant. The unit's counter stays locked until the commit
	 * (numbers are gapless), so callers issue as late as they can.
	 */
	CaseDocument issue(Case kase, String kind, LocalDate on, Instant at, NoticeText text) {
		return issue(kase, unit(kase), kind, on, at, text);
	}

	/**
	 * Numbers and stores a notice for a unit the caller has read already, before it took any of its numbers. What is
	 * stored is the notice's data; its PDF is rendered from that data when first downloaded and kept from then on
	 * (docs/decisions/0030), so no PDF is rendered while the unit's counter is locked.
	 */
	CaseDocument issue(Case kase, Unit unit, String kind, LocalDate on, Instant at, NoticeText text) {
		int sequence = papers.nextNumber(unit.id(), on.getYear(), kind);
		String number = unit.shortName() + CaseNotices.category(kind) + "〔" + on.getYear() + "〕" + sequence + "号";
		Notice notice = text.write(number, unit.name(), new Notice.QrCode(progressLink(kase.queryCode()),
				"扫码查询办理进度（查询码 " + kase.queryCode() + "）"));
		Instant issuedAt = at.truncatedTo(ChronoUnit.MICROS);
		long id = papers.insertDocument(kase.id(), kind, notice.title(), notice.documentNumber(), notice, null, true,
				issuedAt);
		auditLog.record(new AuditEntry(Cases.MODULE, "case.document-issued", String.valueOf(kase.id()), null,
				notice.documentNumber()));
		return new CaseDocument(id, kind, notice.title(), notice.documentNumber(), true, issuedAt);
	}

	/** The case's unit, as its papers print it. */
	Unit unit(Case kase) {
		return ReadOnce.read("unit", kase.unitId(), () -> organization.unit(new UnitId(kase.unitId())));
	}

	/** The case number 机关简称〔年份〕序号号, per unit and year; its counter, too, stays locked until the commit. */
	String caseNumber(Unit unit, LocalDate on) {
		int sequence = papers.nextNumber(unit.id(), on.getYear(), "CASE");
		return unit.shortName() + "〔" + on.getYear() + "〕" + sequence + "号";
	}

	/** Archives a document issued by another module with the case; idempotent per number. */
	void archive(long caseId, String title, String number, byte[] pdf, boolean forApplicant, Instant at) {
		papers.insertDocument(caseId, "ARCHIVED", title, number, null, pdf, forApplicant, at);
		auditLog.record(new AuditEntry(Cases.MODULE, "case.document-archived", String.valueOf(caseId), null, number));
	}

	/** Who handles the case, as printed: the staff member's name, badge number and the item's consultation phone. */
	CaseNotices.Handler handler(Caller caller, ServiceItem item) {
		String name = caller.staffId() == null ? "窗口工作人员"
				: ReadOnce.read("staff", caller.staffId(), () -> organization.staffMember(new StaffId(caller.staffId()))).name();
		String badge = caller.staffId() == null ? null : badges.numberOf(new StaffId(caller.staffId())).orElse(null);
		String phone = item.consultationPhone() == null || item.consultationPhone().isBlank() ? "—"
				: item.consultationPhone();
		return new CaseNotices.Handler(name, badge, phone);
	}

	/** Sends an SMS (to a mobile number) and an email (when the applicant gave one); idempotent per key. */
	void tell(Case kase, String subject, String body, String key) {
		String phone = keys.decrypt(kase.applicant().phoneEncrypted());
		if (MOBILE.matcher(phone).matches()) {
			notifications.send(Notification.sms(phone, subject, body).withIdempotencyKey(key + ":sms"));
		}
		String email = keys.decrypt(kase.applicant().emailEncrypted());
		if (email != null) {
			notifications.send(Notification.email(email, subject, body).withIdempotencyKey(key + ":email"));
		}
	}

	/** Rebuilds a document from its stored data: what a reprint prints (the same bytes as stored). */
	byte[] reprint(long caseId, long documentId) {
		CasePapers.StoredDocument document = papers.document(caseId, documentId)
			.orElseThrow(() -> new CaseNotFoundException(documentId));
		return papers.notice(document).map(documents::pdf).orElse(document.pdf());
	}

	/** The public progress page for the case, with a key so that scanning the code needs no phone digits. */
	String progressLink(String queryCode) {
		String base = settings.publicBaseUrl().endsWith("/")
				? settings.publicBaseUrl().substring(0, settings.publicBaseUrl().length() - 1)
				: settings.publicBaseUrl();
		return base + "/portal/progress?code=" + queryCode + "&key=" + keys.accessKey(queryCode);
	}
}
