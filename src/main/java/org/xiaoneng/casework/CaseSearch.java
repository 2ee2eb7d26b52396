package org.xiaoneng.casework;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.xiaoneng.common.Keyset;
import org.xiaoneng.common.KeysetPage;
import org.xiaoneng.organization.DataScope;
import org.xiaoneng.substitution.ActedFor;

/**
 * Case lists and searches in SQL, each restricted to the caller's data scope, paged by keyset in one of the
 * {@link CaseOrder}s, every condition on an indexed column.
 */
@Repository
class CaseSearch {

	private static final String OPEN = "('ACCEPTED', 'PROCESSING', 'SUSPENDED', 'REFUSAL_PENDING')";

	/** Open or still waiting for acceptance: one list, so that the partial indexes over these states apply. */
	private static final String UNDECIDED = "('RECEIVED', 'AWAITING_CORRECTION', 'ACCEPTED', 'PROCESSING', 'SUSPENDED', 'REFUSAL_PENDING')";

	/** The shortest name a trigram index can look up; shorter ones are matched as the start of the name. */
	static final int TRIGRAM_LENGTH = 3;

	/** The length of a name's start that has an index in the lists' order of its own (V14). */
	private static final int PREFIX_LENGTH = 2;

	private final JdbcClient jdbc;

	CaseSearch(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** A matching row before the calendar adds remaining days and status. */
	record Found(long id, long unitId, String caseNumber, String queryCode, String itemName, String applicantName,
			CaseState state, LocalDate receivedOn, LocalDate acceptedOn, LocalDate deadline, String currentStep,
			Long currentStaffId, Long currentPostId, boolean onBehalf, String deadlineStatus) {
	}

	/**
	 * Whether an open case is in the warning window on the day: the calendar's question, which SQL cannot answer
	 * (each unit counts the working days of its own region).
	 */
	@FunctionalInterface
	interface Warning {

		boolean yellow(long unitId, LocalDate acceptedOn, LocalDate deadline);
	}

	/**
	 * A page of the cases matching the query within the scope, in the order asked for, after or before the cursor's
	 * case; it counts no more rows than it shows ({@link Keyset}).
	 * @throws org.xiaoneng.common.BadCursorException when the cursor is not one of this order
	 */
	KeysetPage<Found> search(CaseQuery query, DataScope scope, String username, Long myStaffId,
			Collection<ActedFor> actedFor, String idNumberHash, LocalDate today, Warning warning, CaseOrder order,
			String cursor, int size) {
		Keyset keyset = Keyset.at(cursor, order.keyset(), size);
		List<String> where = new ArrayList<>();
		// each branch is one way a case may match, read in the list's order from an index of its own and merged
		List<String> branches = new ArrayList<>(List.of("true"));
		java.util.Map<String, Object> params = new java.util.HashMap<>();
		if (!scope.wholeRegion()) {
			List<String> any = new ArrayList<>();
			if (!scope.unitIds().isEmpty()) {
				any.add("c.unit_id in (:units)");
				params.put("units", scope.unitIds());
			}
			if (!scope.departmentIds().isEmpty()) {
				any.add("c.department_id in (:departments) or c.current_department_id in (:departments)");
				params.put("departments", scope.departmentIds());
			}
			if (scope.ownStaffNumber() != null) {
				// the caller's own work: the step they hold, and the submissions they registered at the window
				any.add("c.current_staff_number = :own or c.received_by = :username");
				params.put("own", scope.ownStaffNumber());
				params.put("username", username);
			}
			if (!actedFor.isEmpty()) {
				// acting is per post: the holder's cases at the posts acted for, not at every post they hold
				any.add("(c.current_staff_id, c.current_post_id) in (:actedFor)");
				params.put("actedFor", actedFor.stream()
					.map(post -> new Object[] { post.holderId().value(), post.postId().value() })
					.toList());
			}
			where.add(any.isEmpty() ? "false" : "(" + String.join(" or ", any) + ")");
		}
		if (query.list() != null) {
			switch (query.list()) {
				case MINE -> {
					// mine, and each absentee's at each post acted for, one branch each: an "or" of them would read
					// every match; each branch reads the person's open cases in list order (V14), filtered by post
					long me = myStaffId == null ? -1L : myStaffId;
					List<ActedFor> posts = actedFor.stream()
						.filter(post -> post.holderId().value() != me)
						.distinct()
						.toList();
					branches = alternatives(branches, posts.size() + 1, i -> i == 0 ? "c.current_staff_id = :person0"
							: "c.current_staff_id = :person" + i + " and c.current_post_id = :post" + i);
					params.put("person0", me);
					for (int i = 1; i <= posts.size(); i++) {
						params.put("person" + i, posts.get(i - 1).holderId().value());
						params.put("post" + i, posts.get(i - 1).postId().value());
					}
					where.add("c.state in " + OPEN);
					if (!scope.wholeRegion()) {
						// the scope checked on each row a person's branch reads, not offered as an index: the
						// planner took its "own staff number" as independent of the branch's staff id (one fact),
						// estimated one row and read every match through a bitmap (bench/README, decision 0052)
						where.set(0, "coalesce(" + where.get(0) + ", false)");
					}
				}
				case DEPARTMENT -> where.add("c.state in " + UNDECIDED);
				// not the stored deadline_status: that is the last status the sweep published, so it misses what
				// turned yellow since and keeps what an extension or a pause took out of the window
				case YELLOW -> {
					where.add("c.state in " + OPEN + " and c.accepted_on is not null and c.deadline >= :today");
					params.put("today", today);
				}
				case RED -> {
					where.add("c.state in " + OPEN + " and c.deadline < :today");
					params.put("today", today);
				}
			}
		}
		if (notBlank(query.caseNumber())) {
			where.add("c.case_number = :caseNumber");
			params.put("caseNumber", query.caseNumber().strip());
		}
		if (notBlank(query.queryCode())) {
			where.add("c.query_code = :queryCode");
			params.put("queryCode", query.queryCode().strip().toUpperCase(java.util.Locale.ROOT));
		}
		if (notBlank(query.applicantName())) {
			String name = query.applicantName().strip();
			String escaped = name.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
			int length = name.codePointCount(0, name.length());
			if (length == PREFIX_LENGTH) {
				// two characters match the names that start with them: a key of its own (V14) in the list's order
				// serves each of name and organisation, so the page reads its rows, not every name of that start
				branches = alternatives(branches, 2, i -> i == 0 ? "left(lower(c.applicant_name), 2) = lower(:prefix)"
						: "left(lower(c.applicant_organisation), 2) = lower(:prefix)"
								+ " and left(lower(c.applicant_name), 2) is distinct from lower(:prefix)");
				params.put("prefix", name);
			}
			else if (length < TRIGRAM_LENGTH) {
				// A trigram index cannot serve fewer than three characters (it would read every case): one
				// character matches the names that start with it, through the btree prefix indexes of V4.
				where.add("(lower(c.applicant_name) like lower(:name) or lower(c.applicant_organisation) like lower(:name))");
				params.put("name", escaped + "%");
			}
			else {
				where.add("(c.applicant_name ilike :name or c.applicant_organisation ilike :name)");
				params.put("name", "%" + escaped + "%");
			}
		}
		if (idNumberHash != null) {
			where.add("(c.id_number_hash = :idHash or c.agent_id_hash = :idHash)");
			params.put("idHash", idNumberHash);
		}
		if (query.itemId() != null) {
			where.add("c.item_id = :item");
			params.put("item", query.itemId());
		}
		if (query.state() != null) {
			where.add("c.state = :state");
			params.put("state", query.state().name());
		}
		if (query.receivedFrom() != null) {
			where.add("c.received_on >= :from");
			params.put("from", query.receivedFrom());
		}
		if (query.receivedTo() != null) {
			where.add("c.received_on <= :to");
			params.put("to", query.receivedTo());
		}
		if (query.list() == CaseQuery.CaseList.YELLOW) {
			where.add("c.id = any(cast(:yellow as bigint[]))");
			params.put("yellow", idArray(inWarningWindow(where.subList(0, where.size() - 1), params, warning)));
		}
		String condition = where.isEmpty() ? " where true" : " where (" + String.join(") and (", where) + ")";
		params.putAll(keyset.parameters());
		// the page's cases first, each branch in the list's order and cut at the page; only then their current steps
		String page = branches.stream()
			.map(branch -> "(select c.* from casework.case_file c" + condition + " and " + branch + " and "
					+ keyset.condition() + keyset.orderAndLimit() + ")")
			.collect(java.util.stream.Collectors.joining(" union all "));
		List<Found> rows = jdbc.sql("select c.*, s.name as step_name, s.on_behalf from (" + page + ") c"
				+ " left join casework.case_step s on s.case_id = c.id and s.number = c.current_step"
				+ keyset.orderAndLimit())
			.params(params)
			.query((rs, row) -> new Found(rs.getLong("id"), rs.getLong("unit_id"), rs.getString("case_number"),
					rs.getString("query_code"), rs.getString("item_name"),
					rs.getString("applicant_organisation") != null ? rs.getString("applicant_organisation")
							: rs.getString("applicant_name"),
					CaseState.valueOf(rs.getString("state")), CaseFiles.date(rs, "received_on"),
					CaseFiles.date(rs, "accepted_on"), CaseFiles.date(rs, "deadline"), rs.getString("step_name"),
					(Long) rs.getObject("current_staff_id"), (Long) rs.getObject("current_post_id"),
					rs.getBoolean("on_behalf"),
					rs.getString("deadline_status")))
			.list();
		return keyset.page(rows, order::key, Found::id);
	}

	/**
	 * Every branch of the ones so far combined with each of {@code count} new conditions: a case matches one branch
	 * of the product exactly when it matched one before and matches one of the new; callers keep the new conditions
	 * exclusive, so that no case is in two branches.
	 */
	private static List<String> alternatives(List<String> branches, int count, java.util.function.IntFunction<String> condition) {
		List<String> product = new ArrayList<>();
		for (String branch : branches) {
			for (int i = 0; i < count; i++) {
				product.add(branch + " and " + condition.apply(i));
			}
		}
		return product;
	}

	private record Due(long id, long unitId, LocalDate acceptedOn, LocalDate deadline) {
	}

	/** The cases meeting the other conditions that the calendar puts in the warning window today. */
	private List<Long> inWarningWindow(List<String> where, java.util.Map<String, Object> params, Warning warning) {
		return jdbc.sql("select c.id, c.unit_id, c.accepted_on, c.deadline from casework.case_file c where ("
				+ String.join(") and (", where) + ")")
			.params(params)
			.query((rs, row) -> new Due(rs.getLong("id"), rs.getLong("unit_id"), CaseFiles.date(rs, "accepted_on"),
					CaseFiles.date(rs, "deadline")))
			.stream()
			.filter(due -> warning.yellow(due.unitId(), due.acceptedOn(), due.deadline()))
			.map(Due::id)
			.toList();
	}

	/** The open steps a staff member holds: their share of the handover list and the to-do list. */
	record OpenStep(long caseId, String caseNumber, String itemName, String stepName, LocalDate dueOn,
			LocalDate deadline, boolean started) {
	}

	List<OpenStep> openStepsOf(String staffNumber) {
		return jdbc.sql("""
				select c.id, c.case_number, c.item_name, s.name, s.due_on, c.deadline, s.signed_at is not null as started
				from casework.case_step s join casework.case_file c on c.id = s.case_id
				where s.staff_number = :number and s.assigned_on is not null and s.completed_on is null
				and c.state in """ + OPEN + " order by c.deadline")
			.param("number", staffNumber)
			.query((rs, row) -> new OpenStep(rs.getLong("id"), rs.getString("case_number"), rs.getString("item_name"),
					rs.getString("name"), CaseFiles.date(rs, "due_on"), CaseFiles.date(rs, "deadline"),
					rs.getBoolean("started")))
			.list();
	}

	/**
	 * Case ids as one array literal (the yellow list's, which the calendar picks): thousands of "in (?, ?, …)"
	 * placeholders cost PostgreSQL more to parse and plan (0.2 s for 10,000) than the list itself to run.
	 */
	private static String idArray(Collection<Long> ids) {
		StringBuilder array = new StringBuilder("{");
		for (Long id : ids) {
			if (array.length() > 1) {
				array.append(',');
			}
			array.append(id.longValue());
		}
		return array.append('}').toString();
	}

	private static boolean notBlank(String text) {
		return text != null && !text.isBlank();
	}
}
