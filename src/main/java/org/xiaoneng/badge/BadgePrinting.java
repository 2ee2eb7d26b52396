package org.xiaoneng.badge;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.xiaoneng.organization.Caller;
import org.xiaoneng.platform.documents.Documents;
import org.xiaoneng.platform.documents.WalletCard;

/**
 * Prints badges as CR80 cards, front and back: the front with the photo, name, unit, department, post, position and
 * political status (rule 九.二) and the number; the back with the QR code of the public verification page, the
 * wearer's duties (rule 九.三, 九.五) and the unit's supervision phone. One badge, or every valid badge of a
 * department in one run. Cards are official papers and print in Chinese.
 */
@Component
@Transactional(readOnly = true)
class BadgePrinting {

	private static final Locale PRINTED = Locale.SIMPLIFIED_CHINESE;

	private final Badges badges;

	

	private final SupervisionPhones phones;

	private final Documents documents;

	private final MessageSource messages;

	private final BadgeSettings settings;

	private final JdbcClient jdbc;

	BadgePrinting(Badges badges, SupervisionPhones phones, Documents documents,
			MessageSource messages, BadgeSettings settings, JdbcClient jdbc) {
		this.badges = badges;
		this.phones = phones;
		this.documents = documents;
		this.messages = messages;
		this.settings = settings;
		this.jdbc = jdbc;
	}

	byte[] card(long badgeId, Caller caller) {
		BadgeAccess.requireOffice(caller);
		Badge badge = badges.find(badgeId).orElseThrow(() -> new BadgeNotFoundException(badgeId));
		return documents.cards(List.of(card(badge)));
	}

	/**
	 * Every valid badge of the department, by number.
	 *
	 * @throws BadgeNotFoundException when the department has no valid badge
	 */
	byte[] department(long departmentId, Caller caller) {
		BadgeAccess.requireOffice(caller);
		List<Badge> valid = jdbc.sql("select " + Badges.COLUMNS
				+ " from badge.badge where department_id = :department and status = 'VALID' order by number")
			.param("department", departmentId)
			.query(Badges::badge)
			.list();
		if (valid.isEmpty()) {
			throw new BadgeNotFoundException("department " + departmentId);
		}
		List<WalletCard> cards = new ArrayList<>();
		valid.forEach(badge -> cards.add(card(badge)));
		return documents.cards(cards);
	}

	private WalletCard card(Badge badge) {
		BadgeHolder h = badge.holder();
		List<WalletCard.Line> lines = new ArrayList<>();
		lines.add(new WalletCard.Line(text("badge.field.name"), h.name()));
		lines.add(new WalletCard.Line(text("badge.field.department"), h.departmentName()));
		if (h.post() != null) {
			lines.add(new WalletCard.Line(text("badge.field.post"), h.post()));
		}
		lines.add(new WalletCard.Line(text("badge.field.position"), h.position() == null ? "" : h.position()));
		if (!h.politicalStatus().isEmpty()) {
			lines.add(new WalletCard.Line(text("badge.field.politicalStatus"),
					messages.getMessage("organization.political." + h.politicalStatus(), null, h.politicalStatus(),
							PRINTED)));
		}
		lines.add(new WalletCard.Line(text("badge.field.validUntil"), badge.validUntil().toString()));
		return new WalletCard(h.unitName() + " " + text("badge.card.title"),
				badges.photo(badge.idOrNull()).map(BadgePhoto::bytes).orElse(null), lines,
				text("badge.field.number") + "：" + badge.number(), settings.verificationUrl(badge.number()),
				text("badge.card.scan"), List.of(text("badge.card.wear"), text("badge.card.lend"),
						messages.getMessage("badge.card.phone", new Object[] { phones.of(badge.unitId().value()) },
								PRINTED)));
	}

	private String text(String key) {
		return messages.getMessage(key, null, PRINTED);
	}
}
