package org.xiaoneng.refusal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.xiaoneng.catalog.LegalBasis;
import org.xiaoneng.organization.ReviewBodies;
import org.xiaoneng.organization.Unit;
import org.xiaoneng.platform.documents.Documents;
import org.xiaoneng.platform.documents.Notice;

/**
 * Writes the applicant's notice of a refusal (不予受理通知书 / 不予许可决定书 / 不予办理决定书) and the record of returned
 * materials. Official documents are in Chinese whatever the staff member's language.
 */
@Component
class RefusalNotices {

	private static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;

	private final Documents documents;

	private final MessageSource messages;

	RefusalNotices(Documents documents, MessageSource messages) {
		this.documents = documents;
		this.messages = messages;
	}

	/**
	 * Where the unit's refusals may be challenged, which every notice names.
	 *
	 * @throws ReviewBodiesMissingException when the unit has not recorded them
	 */
	static ReviewBodies reviewBodies(Unit unit) {
		if (unit.reviewBodies() == null) {
			throw new ReviewBodiesMissingException(unit.name());
		}
		return unit.reviewBodies();
	}

	String title(RefusalKind kind) {
		return text("refusal.notice.title." + kind);
	}

	/** The notice's number (文号): the unit's short name, the kind, the year and the running number. */
	String number(String unitShortName, RefusalKind kind, int year, int sequence) {
		return text("refusal.notice.number", unitShortName, text("refusal.notice.abbreviation." + kind),
				String.valueOf(year), String.valueOf(sequence));
	}

	/**
	 * The notice: the refusal, its reasons, legal basis and the materials concerned, and the remedies. 行政许可法
	 * 第三十二条 and 第三十八条: a refusal is written, with its reasons, and tells the applicant of their right to
	 * administrative reconsideration or litigation.
	 */
	byte[] notice(Refusal refusal, String number, Unit unit, LocalDate issuedOn) {
		ReviewBodies review = reviewBodies(unit);
		List<Notice.Section> sections = new ArrayList<>();
		String applicant = refusal.applicant().organisation() == null || refusal.applicant().organisation().isBlank()
				? refusal.applicant().name() : refusal.applicant().organisation();
		sections.add(new Notice.Section("", List.of(text("refusal.notice.opening", refusal.caseReference(),
				refusal.itemName(), text("refusal.notice.decided." + refusal.kind())))));
		sections.add(new Notice.Section(text("refusal.notice.reasons"), List.of(refusal.reasons())));
		sections.add(new Notice.Section(text("refusal.notice.basis"),
				refusal.legalBasis().stream().map(this::cite).toList()));
		String materials = refusal.materialsConcerned() == null || refusal.materialsConcerned().isBlank()
				? text("refusal.notice.noMaterials") : refusal.materialsConcerned();
		sections.add(new Notice.Section(text("refusal.notice.materials"), List.of(materials)));
		// 行政复议法 第二十条: sixty days to apply for reconsideration; 行政诉讼法 第四十六条: six months to sue.
		sections.add(new Notice.Section(text("refusal.notice.remedies"),
				List.of(text("refusal.notice.reconsideration", review.reconsiderationBody()),
						text("refusal.notice.litigation", review.litigationCourt()))));
		Notice notice = new Notice(title(refusal.kind()), number, applicant, sections,
				new Notice.Signature(unit.name(), issuedOn), null);
		return documents.pdf(notice);
	}

	/** The record of returned materials that goes with the case. */
	byte[] returnRecord(Refusal refusal, MaterialReturn materialReturn, String unitName) {
		List<Notice.Section> sections = List.of(
				new Notice.Section("", List.of(text("refusal.return.opening", refusal.caseReference(),
						refusal.itemName(), refusal.noticeNumber()))),
				new Notice.Section(text("refusal.return.materials"), materialReturn.materials()),
				new Notice.Section(text("refusal.return.collector"),
						List.of(text("refusal.return.collectorLine", materialReturn.collectorName(),
								materialReturn.collectorMaskedId()),
								text("refusal.return.signature." + materialReturn.signatureKind()),
								text("refusal.return.staffLine", materialReturn.staffName(),
										materialReturn.returnedOn().toString()))));
		return documents.pdf(new Notice(text("refusal.return.title"), "", "", sections,
				new Notice.Signature(unitName, materialReturn.returnedOn()), null));
	}

	String returnTitle() {
		return text("refusal.return.title");
	}

	/** The applicant's text message: what was decided and that the notice can be collected or downloaded. */
	String applicantMessage(Refusal refusal, String number) {
		return text("refusal.notice.sms", refusal.itemName(), title(refusal.kind()), number);
	}

	private String cite(LegalBasis basis) {
		return text("refusal.notice.citation", basis.law(), basis.article());
	}

	private String text(String key, Object... arguments) {
		return messages.getMessage(key, arguments, CHINESE);
	}
}
