package org.xiaoneng.badge;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.xiaoneng.common.Clocks;
import org.xiaoneng.common.Keyset;
import org.xiaoneng.common.StaffId;
import org.xiaoneng.organization.Caller;
import org.xiaoneng.platform.documents.Documents;

/**
 * The register of badges (上岗证登记): every badge of the caller's data scope with its status today, filtered and paged,
 * a badge with its history and its holder's other badges, the register as an Excel workbook, and the office's tasks.
 */
@Component
@Transactional(readOnly = true)
class BadgeRegister {

	/** The most rows one export writes. */
	static final int EXPORT_LIMIT = 10_000;

	private final JdbcClient jdbc;

	private final Badges badges;

	private final BadgeHistory history;

	private final BadgeTasks tasks;

	private final Documents documents;

	private final MessageSource messages;

	private final Clock clock;

	BadgeRegister(JdbcClient jdbc, Badges badges, BadgeHistory history, BadgeTasks tasks, Documents documents,
			MessageSource messages, Clock clock) {
		this.jdbc = jdbc;
		this.badges = badges;
		this.history = history;
		this.tasks = tasks;
		this.documents = documents;
		this.messages = messages;
		this.clock = clock;
	}

	/** The register, newest issued first, the latest id first among badges of one day. */
	private static final Keyset.Order NEWEST = Keyset.Order.descending("issued", "id",
			new Keyset.Column("issued_on", Keyset.Type.DATE));

	/**
	 * A page of the register after or before the cursor's badge (the first page when {@code null}); it reads at most
	 * one row more than it shows, and counts no further ({@link org.xiaoneng.common.Keyset}).
	 */
	BadgePage page(BadgeFilter filter, String cursor, int size, Caller caller) {
		BadgeAccess.requireReader(caller);
		Keyset keyset = Keyset.at(cursor, NEWEST, Math.max(1, Math.min(size, 200)));
		Map<String, Object> params = new HashMap<>();
		String fromAndWhere = "from badge.badge where " + where(filter, caller, params);
		params.putAll(keyset.parameters());
		List<BadgeView> rows = jdbc.sql("select " + Badges.COLUMNS + " " + fromAndWhere + " and " + keyset.condition()
				+ keyset.orderAndLimit())
			.params(params)
			.query((rs, n) -> view(Badges.badge(rs, n), rs.getBoolean("has_photo")))
			.list();
		return BadgePage.of(keyset.page(rows, badge -> List.of(badge.issuedOn()), badge -> badge.id().value()));
	}

	BadgeView.Details details(long id, Caller caller) {
		BadgeView badge = view(id, caller);
		List<BadgeView> holderBadges = badges.allOf(new StaffId(badge.staffId()))
			.stream()
			.filter(b -> caller.sees(b.unitId().value(), b.departmentId().value()) || caller.isSystem())
			.map(b -> view(b, badges.photo(b.idOrNull()).isPresent()))
			.toList();
		return new BadgeView.Details(badge, history.of(id), holderBadges);
	}

	BadgeView view(long id, Caller caller) {
		Badge badge = badges.find(id).orElseThrow(() -> new BadgeNotFoundException(id));
		BadgeAccess.requireReadable(caller, badge.unitId().value(), badge.departmentId().value(), id);
		return view(badge, badges.photo(id).isPresent());
	}

	/** The register as a workbook: one row per badge of the filter, newest first, headers in the caller's language. */
	byte[] export(BadgeFilter filter, Locale locale, Caller caller) {
		BadgeAccess.requireReader(caller);
		Map<String, Object> params = new HashMap<>();
		String where = where(filter, caller, params);
		List<BadgeView> rows = jdbc.sql("select " + Badges.COLUMNS + " from badge.badge where " + where
				+ " order by issued_on desc, id desc limit " + EXPORT_LIMIT)
			.params(params)
			.query((rs, n) -> view(Badges.badge(rs, n), rs.getBoolean("has_photo")))
			.list();
		List<String> headers = List.of("number", "name", "unit", "department", "post", "position", "politicalStatus",
				"reason", "issuedOn", "validUntil", "status", "endedOn")
			.stream()
			.map(h -> messages.getMessage("badge.field." + h, null, locale))
			.toList();
		List<List<?>> lines = new ArrayList<>();
		for (BadgeView b : rows) {
			lines.add(Arrays.asList(b.number(), b.name(), b.unitName(), b.departmentName(), b.post(),
					b.position(), b.politicalStatus().isEmpty() ? null
							: messages.getMessage("organization.political." + b.politicalStatus(), null,
									b.politicalStatus(), locale),
					messages.getMessage("badge.reason." + b.reason(), null, locale), b.issuedOn(), b.validUntil(),
					messages.getMessage("badge.status." + b.status(), null, locale), b.endedOn()));
		}
		return documents.excel(messages.getMessage("badge.register.title", null, locale), headers, lines);
	}

	List<BadgeTask> tasks(boolean openOnly, Caller caller) {
		BadgeAccess.requireReader(caller);
		return tasks.visible(caller.scope(), openOnly);
	}

	List<BadgeTask> tasksOf(StaffId staffId, Caller caller) {
		BadgeAccess.requireReader(caller);
		return tasks.ofStaff(caller.scope(), staffId);
	}

	BadgeView view(Badge b, boolean hasPhoto) {
		BadgeHolder h = b.holder();
		return new BadgeView(new BadgeId(b.idOrNull()), b.number(), b.staffId().value(), b.unitId().value(),
				b.departmentId().value(), h.name(), h.unitName(), h.departmentName(), h.post(), h.position(),
				h.politicalStatus(), b.reason(), b.issuedOn(), b.validUntil(), b.statusOn(today()), b.endedOn(),
				b.replacedByOrNull(), hasPhoto);
	}

	private String where(BadgeFilter filter, Caller caller, Map<String, Object> params) {
		List<String> conditions = new ArrayList<>();
		conditions.add("(" + (caller.isSystem() ? "true" : BadgeScope.sql(caller.scope())) + ")");
		if (!caller.isSystem()) {
			params.putAll(BadgeScope.params(caller.scope()));
		}
		if (filter.status() != null) {
			params.put("today", today());
			conditions.add(switch (filter.status()) {
				case VALID -> "status = 'VALID' and valid_until >= :today";
				case EXPIRED -> "status = 'VALID' and valid_until < :today";
				case REVOKED -> "status = 'REVOKED'";
				case LOST -> "status = 'LOST'";
			});
		}
		if (filter.unitId() != null) {
			conditions.add("unit_id = :unit");
			params.put("unit", filter.unitId());
		}
		if (filter.departmentId() != null) {
			conditions.add("department_id = :department");
			params.put("department", filter.departmentId());
		}
		if (filter.text() != null && !filter.text().isBlank()) {
			conditions.add("(name like :text or number like :upperText)");
			String text = filter.text().strip().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
			params.put("text", "%" + text + "%");
			params.put("upperText", "%" + text.toUpperCase(Locale.ROOT) + "%");
		}
		return String.join(" and ", conditions);
	}

	private LocalDate today() {
		return LocalDate.now(clock.withZone(Clocks.BUSINESS_ZONE));
	}
}
