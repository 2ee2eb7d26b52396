package org.xiaoneng.supervision;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.xiaoneng.common.ExportTooLargeException;
import org.xiaoneng.common.Keyset;
import org.xiaoneng.common.KeysetPage;
import org.xiaoneng.common.StaffId;
import org.xiaoneng.organization.Caller;
import org.xiaoneng.organization.DataScope;
import org.xiaoneng.organization.Organization;

/**
 * The card lists: a holder's own, a department's, a unit's, the region's — the caller's scope applied in SQL, so that
 * paging counts only what the caller may see.
 */
@Component
class CardQueries {

	static final int MAX_PAGE_SIZE = 100;

	private final JdbcClient jdbc;

	private final Organization organization;

	private final MessageSource messages;

	CardQueries(JdbcClient jdbc, Organization organization, MessageSource messages) {
		this.jdbc = jdbc;
		this.organization = organization;
		this.messages = messages;
	}

	KeysetPage<CardView> page(Caller caller, CardFilter filter, CardOrder order, String cursor, int size) {
		return fetch(caller, filter, Keyset.at(cursor, order.keyset(), Math.max(1, Math.min(size, MAX_PAGE_SIZE))),
				order);
	}

	/**
	 * Every card of the filter the caller may see, in the order asked for: the register's export.
	 * @throws ExportTooLargeException when there are more than an export holds
	 */
	List<CardView> all(Caller caller, CardFilter filter, CardOrder order) {
		KeysetPage<CardView> all = fetch(caller, filter, Keyset.first(order.keyset(), ExportTooLargeException.MOST_ROWS),
				order);
		if (all.next() != null) {
			throw new ExportTooLargeException();
		}
		return all.rows();
	}

	private KeysetPage<CardView> fetch(Caller caller, CardFilter filter, Keyset keyset, CardOrder order) {
		Map<String, Object> params = new HashMap<>();
		String where = where(caller, filter, params);
		params.putAll(keyset.parameters());
		List<Card> rows = jdbc.sql("select c.* from supervision.card c where " + where + " and " + keyset.condition()
				+ keyset.orderAndLimit())
			.params(params)
			.query(Cards::card)
			.list();
		KeysetPage<Card> page = keyset.page(rows, order::key, Card::idOrNull);
		// the views of the page at once, so that a holder's name is read once a page
		return new KeysetPage<>(views(page.rows()), page.previous(), page.next(), page.total(), page.totalExact());
	}

	/** The card as the reader sees it; the caller's right to see it is checked by the caller of this method. */
	CardView view(Card card) {
		return views(List.of(card)).get(0);
	}

	private List<CardView> views(List<Card> rows) {
		Map<Long, String> names = new HashMap<>();
		List<CardView> views = new ArrayList<>();
		for (Card c : rows) {
			String holderName = c.holderStaffId() == null ? null
					: names.computeIfAbsent(c.holderStaffId(), id -> organization.staffMember(new StaffId(id)).name());
			CardSubject s = c.subject();
			views.add(new CardView(c.idOrNull(), c.rule().code(), text("supervision.rule." + c.rule().code() + ".name"),
					c.ruleVersion(), c.colour(), c.state(), s.type(), s.id(), s.part(), s.label(),
					text("supervision.rule." + c.rule().code() + ".facts", Facts.arguments(c.facts())), s.unitId(),
					s.departmentId(), c.holderStaffId(), holderName, c.holderLevel(), c.raisedAt(), c.issuedAt(),
					c.feedbackDue(), c.feedback(), c.feedbackAt(), c.closedAt()));
		}
		return views;
	}

	private static String where(Caller caller, CardFilter filter, Map<String, Object> params) {
		List<String> conditions = new ArrayList<>();
		DataScope scope = caller.scope();
		Long me = caller.staffId();
		params.put("me", me == null ? -1L : me);
		if (filter.mine()) {
			conditions.add("c.holder_staff_id = :me");
		}
		else if (!CardAccess.oversees(caller)) {
			conditions.add("c.holder_staff_id = :me");
		}
		else if (!scope.wholeRegion()) {
			params.put("units", array(scope.unitIds()));
			params.put("departments", array(scope.departmentIds()));
			conditions.add("(c.holder_staff_id = :me or c.unit_id = any(cast(:units as bigint[]))"
					+ " or c.department_id = any(cast(:departments as bigint[])))");
		}
		if (filter.state() != null) {
			conditions.add("c.state = :state");
			params.put("state", filter.state().name());
		}
		if (filter.colour() != null) {
			conditions.add("c.colour = :colour");
			params.put("colour", filter.colour().name());
		}
		if (filter.rule() != null) {
			conditions.add("c.rule_code = :rule");
			params.put("rule", filter.rule().code());
		}
		if (filter.unitId() != null) {
			conditions.add("c.unit_id = :unit");
			params.put("unit", filter.unitId());
		}
		if (filter.departmentId() != null) {
			conditions.add("c.department_id = :department");
			params.put("department", filter.departmentId());
		}
		return conditions.isEmpty() ? "true" : String.join(" and ", conditions);
	}

	private static String array(Collection<Long> ids) {
		return ids.stream().map(String::valueOf).collect(Collectors.joining(",", "{", "}"));
	}

	private String text(String key, Object... arguments) {
		return messages.getMessage(key, arguments, LocaleContextHolder.getLocale());
	}

	/** A staff member's name for pages, or {@code null}. */
	/** An appeal as pages and the API show it, with its appellant's name. */
	AppealView view(Appeal appeal) {
		return new AppealView(appeal.id(), appeal.cardId(), appeal.appellantStaffId(), nameOf(appeal.appellantStaffId()),
				appeal.reasons(), appeal.filedAt(), appeal.state(), appeal.decidedBy(), appeal.decidedAt(),
				appeal.decisionReason());
	}

	String nameOf(Long staffId) {
		return staffId == null ? null : organization.staffMember(new StaffId(staffId)).name();
	}
}
