package org.xiaoneng.evaluation.survey;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.regex.Pattern;

import org.springframework.stereotype.Component;
import org.xiaoneng.casework.Cases;
import org.xiaoneng.common.Cryptography;
import org.xiaoneng.common.ServedPerson;
import org.xiaoneng.inquiry.InquiryRegister;

/**
 * The people a survey may draw: the applicants of the period's cases and the visitors of its ordinary inquiries, as
 * casework and the register give them, each known by the keyed digest of their phone so that one person with a case
 * and an inquiry is one person. Only mainland mobiles can receive the invitation; other numbers are not drawn.
 */
@Component
class SurveyContacts {

	private static final Pattern MAINLAND_MOBILE = Pattern.compile("1[3-9]\\d{9}");

	private final Cases cases;

	private final InquiryRegister register;

	private final Cryptography cryptography;

	SurveyContacts(Cases cases, InquiryRegister register, Cryptography cryptography) {
		this.cases = cases;
		this.register = register;
		this.cryptography = cryptography;
	}

	List<Contact> of(Long unitId, LocalDate from, LocalDate to) {
		List<ServedPerson> served = new ArrayList<>(cases.applicants(unitId, from, to));
		served.addAll(register.visitors(unitId, from, to));
		List<Contact> contacts = new ArrayList<>();
		for (ServedPerson person : served) {
			String phone = cryptography.decrypt(person.encryptedPhone()).strip();
			if (MAINLAND_MOBILE.matcher(phone).matches()) {
				contacts.add(new Contact(
						HexFormat.of().formatHex(cryptography.keyedHash(phone.getBytes(StandardCharsets.US_ASCII))),
						new Stratum(person.unitId(), person.departmentId()), person.servedAt(),
						person.encryptedPhone()));
			}
		}
		return contacts;
	}

	/** The phone of a drawn person, in clear for the moment of handing the text message to the outbox. */
	String phoneOf(Contact contact) {
		return cryptography.decrypt(contact.encryptedPhone()).strip();
	}
}
