package org.xiaoneng.disclosure;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.xiaoneng.organization.ReviewBodies;
import org.xiaoneng.organization.Unit;
import org.xiaoneng.platform.documents.Documents;
import org.xiaoneng.platform.documents.Notice;

/**
 * Writes a request's notices to its applicant as PDFs, in Chinese whatever the editor's language: the correction
 * notice, the extension notice and the answer with the notice text of its type (第三十六条、第三十七条) and the fee of
 * 国办函〔2020〕109号 if any. Each names the remedies: 行政复议 within sixty days (行政复议法 第二十条) and 行政诉讼 within
 * six months (行政诉讼法 第四十六条), as 政府信息公开条例 第五十一条 opens them. Printed from the request's data, the
 * same notice reprints to the same bytes.
 */
@Component
class RequestNotices {

	private static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;

	private final Documents documents;

	private final MessageSource messages;

	RequestNotices(Documents documents, MessageSource messages) {
		this.documents = documents;
		this.messages = messages;
	}

	/** The notice of the kind, or refused when the request has not come that far. */
	byte[] notice(InformationRequest request, RequestNoticeKind kind, Unit unit, WorkingDays days) {
		if (unit.reviewBodies() == null) {
			throw new DisclosureInputException("disclosure.error.reviewBodiesMissing", unit.name());
		}
		LocalDate date = switch (kind) {
			case CORRECTION -> request.correctionRequestedOn();
			case EXTENSION -> request.extendedOn();
			case ANSWER -> request.answeredOn();
		};
		if (date == null) {
			throw new RequestRuleException("disclosure.error.noNotice." + kind, request.idOrNull());
		}
		List<Notice.Section> sections = new ArrayList<>();
		sections.add(new Notice.Section("", List.of(text("disclosure.notice.opening", request.receivedOn().toString(),
				request.description()))));
		sections.add(new Notice.Section("", body(request, kind, days)));
		ReviewBodies review = unit.reviewBodies();
		sections.add(new Notice.Section(text("disclosure.notice.remedies"),
				List.of(text("disclosure.notice.reconsideration", review.reconsiderationBody()),
						text("disclosure.notice.litigation", review.litigationCourt()))));
		String number = text("disclosure.notice.number", unit.shortName(), String.valueOf(date.getYear()),
				String.valueOf(request.idOrNull()));
		return documents.pdf(new Notice(text("disclosure.notice.title." + kind), number, request.applicant().name(),
				sections, new Notice.Signature(unit.name(), date), null));
	}

	private List<String> body(InformationRequest request, RequestNoticeKind kind, WorkingDays days) {
		return switch (kind) {
			case CORRECTION -> List.of(text("disclosure.notice.correction"));
			case EXTENSION -> List.of(text("disclosure.notice.extension", String.valueOf(request.extensionDays()),
					String.valueOf(request.replyDue(days))));
			case ANSWER -> request.fee() > 0
					? List.of(text("disclosure.notice.answer." + request.answer()),
							text("disclosure.notice.fee", String.valueOf(request.fee())))
					: List.of(text("disclosure.notice.answer." + request.answer()));
		};
	}

	private String text(String key, Object... arguments) {
		return messages.getMessage(key, arguments, CHINESE);
	}
}
