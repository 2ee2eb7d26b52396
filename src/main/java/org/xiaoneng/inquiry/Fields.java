package org.xiaoneng.inquiry;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/** The shape of what people type into the register: required fields, lengths, phones and materials. */
final class Fields {

	static final int SUBJECT_MAX = 200;

	static final int TEXT_MAX = 4000;

	private static final Pattern PHONE = Pattern.compile("[0-9+\\- ]{5,20}");

	private static final Pattern MOBILE = Pattern.compile("1[3-9]\\d{9}");

	private Fields() {
	}

	/** A contact as registered by staff or submitted on the portal. */
	static void requireContact(InquiryChannel channel, InquiryCategory category, String subject, String content,
			String phone) {
		if (category == null) {
			throw new InquiryFieldRequiredException("category");
		}
		if (channel == null) {
			throw new InquiryFieldRequiredException("channel");
		}
		if (subject == null || subject.isBlank()) {
			throw new InquiryFieldRequiredException("subject");
		}
		requireLength(subject, SUBJECT_MAX, "subject");
		if (category.confidential() && (content == null || content.isBlank())) {
			throw new InquiryFieldRequiredException("content");
		}
		requireLength(content, TEXT_MAX, "content");
		if (phone != null && !phone.isBlank() && !isPhone(phone)) {
			throw new InquiryFieldInvalidException("phone");
		}
	}

	/** The materials worth keeping: blank lines dropped, counts and names within bounds. */
	static List<ReceivedMaterial> materials(List<ReceivedMaterial> materials) {
		List<ReceivedMaterial> kept = new ArrayList<>();
		for (ReceivedMaterial material : materials) {
			if (material == null || material.name() == null || material.name().isBlank()) {
				continue;
			}
			if (material.count() < 1 || material.count() > 1000 || material.name().length() > SUBJECT_MAX) {
				throw new InquiryFieldInvalidException("material");
			}
			kept.add(new ReceivedMaterial(material.name().strip(), material.count()));
		}
		return kept;
	}

	static void requireLength(String text, int max, String field) {
		if (text != null && text.strip().length() > max) {
			throw new InquiryFieldInvalidException(field);
		}
	}

	/** A required text of at most {@link #TEXT_MAX} characters, stripped; blank, the exception given. */
	static String required(String text, String field, Supplier<RuntimeException> whenBlank) {
		if (text == null || text.isBlank()) {
			throw whenBlank.get();
		}
		requireLength(text, TEXT_MAX, field);
		return text.strip();
	}

	/** A note of at most {@link #TEXT_MAX} characters, stripped, or {@code null} when blank. */
	static String note(String note) {
		String text = trim(note);
		requireLength(text, TEXT_MAX, "note");
		return text;
	}

	static boolean isPhone(String phone) {
		return PHONE.matcher(phone.strip()).matches();
	}

	/** A mainland mobile number, the only kind an SMS reaches. */
	static boolean isMobile(String phone) {
		return phone != null && MOBILE.matcher(phone).matches();
	}

	static String trim(String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}
}
