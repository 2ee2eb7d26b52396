package org.xiaoneng.inquiry;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Component;
import org.xiaoneng.common.Cryptography;
import org.xiaoneng.common.InquiryId;
import org.xiaoneng.common.PersonalDataMasks;

/**
 * The personal data of a matter, SM4-encrypted at rest: the visitor of an ordinary inquiry (with the register's rows)
 * and the identity of a complainant or reporter (in a table of its own, 纪检监察机关处理检举控告工作规则 第四十七条).
 */
@Component
class PersonalDetails {

	private final Inquiries inquiries;

	private final Identities identities;

	private final Cryptography cryptography;

	PersonalDetails(Inquiries inquiries, Identities identities, Cryptography cryptography) {
		this.inquiries = inquiries;
		this.identities = identities;
		this.cryptography = cryptography;
	}

	void keepVisitor(InquiryId id, String name, String organisation, String phone, String address) {
		inquiries.insertVisitor(id.value(), encrypt(name), Fields.trim(organisation), encrypt(phone), encrypt(address));
	}

	void keepIdentity(InquiryId id, Identity identity) {
		identities.insert(id.value(), encrypt(identity.name()), encrypt(identity.organisation()),
				encrypt(identity.phone()), encrypt(identity.address()));
	}

	/** The visitor of an ordinary inquiry; never anything for a complaint or report. */
	Optional<Visitor> visitor(InquiryId id) {
		return inquiries.visitor(id.value())
			.map(columns -> new Visitor(decrypt(columns[0]), columns[1], decrypt(columns[2]), decrypt(columns[3])));
	}

	/** The identity of a complainant or reporter: for a supervisor only, the caller audits the reading. */
	Identity identity(InquiryId id) {
		return identities.find(id.value())
			.map(columns -> new Identity(decrypt(columns[0]), decrypt(columns[1]), decrypt(columns[2]),
					decrypt(columns[3])))
			.orElse(new Identity(null, null, null, null));
	}

	/** The masked visitor phones of these ordinary inquiries, by inquiry id. */
	Map<Long, String> maskedPhones(Collection<Long> ids) {
		Map<Long, String> masked = new HashMap<>();
		inquiries.visitorPhones(ids).forEach((id, phone) -> masked.put(id, PersonalDataMasks.phone(decrypt(phone))));
		return masked;
	}

	private String encrypt(String plain) {
		String text = Fields.trim(plain);
		return text == null ? null : cryptography.encrypt(text);
	}

	private String decrypt(String encrypted) {
		return encrypted == null ? null : cryptography.decrypt(encrypted);
	}
}
