package org.xiaoneng.bench.casework;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.IntStream;

import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;
import org.xiaoneng.common.Clocks;
import org.xiaoneng.bench.BenchmarkFailure;
import org.xiaoneng.common.Cryptography;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Loads many cases straight into casework's tables with COPY, shaped as the application would have written them:
 * the demo catalog's items (a case of an item goes to its unit and department, its steps to the posts of the item
 * and to one of each post's holders), applicants with valid ID numbers encrypted (SM4) and hashed (HMAC-SM3) with
 * the application's own cryptography under the key the application runs with, case numbers continuing each unit's
 * yearly counter. Most cases are closed (delivered, completed, not accepted, withdrawn) over the past three years;
 * the open ones were received in the last two months, most being worked on, some waiting for acceptance or for
 * corrections, some suspended, and about one in twenty past its deadline (the red list).
 */
final class CaseGenerator {

	private static final ZoneId SHANGHAI = Clocks.BUSINESS_ZONE;

	private static final int CHUNK = 20_000;

	private final Database database;

	private final Cryptography cryptography;

	private final LocalDate today = LocalDate.now(SHANGHAI);

	CaseGenerator(Database database, Cryptography cryptography) {
		this.database = database;
		this.cryptography = cryptography;
	}

	record Step(int number, String name, long postId, long departmentId, int budget) {
	}

	record Item(long id, int version, String name, long unitId, long departmentId, String unitShortName,
			List<Step> steps) {
	}

	record Staff(long id, String number) {
	}

	/** What the load produced, for the searches that follow. */
	record Loaded(long firstId, long count, double seconds) {
	}

	Loaded load(int cases, int open) {
		return load(cases, open, CaseFacts.NONE);
	}

	/** Loads the cases and, in the same pass, the facts written beside each of them. */
	Loaded load(int cases, int open, CaseFacts facts) {
		List<Item> items = items();
		Map<Long, List<Staff>> holders = holders();
		long started = System.nanoTime();
		try (Connection connection = database.connect()) {
			long firstId;
			try (Statement statement = connection.createStatement()) {
				// reserve the ids, so that steps can name their case and the application goes on after them
				ResultSet rows = statement.executeQuery("select nextval('casework.case_file_id_seq')");
				rows.next();
				firstId = rows.getLong(1) + 1;
				statement.execute("select setval('casework.case_file_id_seq', " + (firstId + cases) + ")");
			}
			reserveNumbers(connection, firstId + cases - 1, today);
			// a bulk load builds the lists' indexes once at the end, several times faster than entry by entry
			List<String> tables = new ArrayList<>(List.of("casework.case_file", "casework.case_step"));
			tables.addAll(facts.tables());
			List<String> indexes = dropSecondaryIndexes(connection, tables);
			CopyManager copy = connection.unwrap(PGConnection.class).getCopyAPI();
			int chunks = (cases + CHUNK - 1) / CHUNK;
			System.err.printf("bench: scale: loading %,d cases (%,d open) with COPY%n", cases, open);
			long rows = 0;
			String fileColumns = "id, unit_id, department_id, item_id, item_version, item_name, case_number, "
					+ "query_code, state, channel, applicant_kind, applicant_name, id_type, id_number_encrypted, "
					+ "id_number_hash, id_number_masked, phone_encrypted, phone_masked, address, pickup_method, "
					+ "received_on, received_at, received_by, notice_due_on, last_supplied_on, accepted_on, "
					+ "accepted_at, accepted_by, promised_days, base_deadline, deadline, deadline_status, "
					+ "deadline_turns_on, current_step, "
					+ "current_post_id, current_department_id, current_staff_id, current_staff_number, result, "
					+ "certificate_name, certificate_number, decided_on, delivery_method, delivered_on, withdrawn_on, "
					+ "deemed_accepted";
			// chunks are made two at a time in parallel (the encryption is the dear part) and sent in order
			for (int from = 0; from < chunks; from += 2) {
				int to = Math.min(chunks, from + 2);
				List<List<String>> texts = IntStream.range(from, to)
					.parallel()
					.mapToObj(chunk -> fileChunk(chunk, cases, open, firstId, items, holders, facts))
					.toList();
				for (List<String> text : texts) {
					rows += copy.copyIn("copy casework.case_file (" + fileColumns + ") from stdin",
							new StringReader(text.get(0)));
					for (int target = 0; target < facts.copies().size(); target++) {
						copy.copyIn("copy " + facts.copies().get(target) + " from stdin",
								new StringReader(text.get(target + 1)));
					}
				}
				if ((from / 2) % 10 == 0) {
					System.err.printf("bench: scale: %,d cases loaded after %.0f s%n", rows,
							(System.nanoTime() - started) / 1e9);
				}
			}
			long steps = 0;
			for (int chunk = 0; chunk < chunks; chunk++) {
				steps += copy.copyIn("copy casework.case_step (case_id, number, name, post_id, department_id, "
						+ "staff_id, staff_number, budget_days, assigned_at, assigned_on, due_on, completed_at, "
						+ "completed_on, completed_by, opinion) from stdin",
						new StringReader(stepChunk(chunk, cases, open, firstId, items, holders)));
			}
			System.err.printf("bench: scale: %,d cases and %,d steps loaded after %.0f s; building %d indexes%n", rows,
					steps, (System.nanoTime() - started) / 1e9, indexes.size());
			try (Statement statement = connection.createStatement()) {
				statement.execute("set maintenance_work_mem = '256MB'");
				for (String index : indexes) {
					statement.execute(index);
				}
			}
			System.err.printf("bench: scale: indexes built after %.0f s; analysing%n",
					(System.nanoTime() - started) / 1e9);
			try (Statement statement = connection.createStatement()) {
				statement.execute("analyze casework.case_file");
				statement.execute("analyze casework.case_step");
			}
			return new Loaded(firstId, rows, (System.nanoTime() - started) / 1e9);
		}
		catch (SQLException | IOException e) {
			throw new BenchmarkFailure("Loading the cases failed: " + e.getMessage(), e);
		}
	}

	/** The kind of a case by its index: the open ones are spread evenly among all. */
	private static boolean isOpen(int index, int cases, int open) {
		return (long) index * open / cases != (long) (index + 1) * open / cases;
	}

	/** Everything about one case, from its index alone (the steps are made again from the same seed). */
	private final class Plan {

		final Item item;

		final String state;

		final LocalDate receivedOn;

		final LocalDate acceptedOn;

		final LocalDate deadline;

		final int currentStep;

		final Staff[] staff;

		final Random random;

		Plan(int index, int cases, int open, List<Item> items, Map<Long, List<Staff>> holders) {
			random = new Random(index * 7919L + 17);
			// registration items dominate a county's windows: the first items of each unit more often
			double u = random.nextDouble();
			item = items.get((int) (u * u * items.size()));
			boolean isOpen = isOpen(index, cases, open);
			int r = random.nextInt(100);
			if (isOpen) {
				state = r < 10 ? "RECEIVED" : r < 13 ? "AWAITING_CORRECTION" : r < 28 ? "ACCEPTED" : r < 90 ? "PROCESSING"
						: r < 97 ? "SUSPENDED" : "REFUSAL_PENDING";
				// a case still waiting for acceptance is inside its notice period (notice_due_on below): in a running
				// county the casework sweep accepts by law within five minutes whatever outlives it, so a loaded
				// backlog of such cases would time a catch-up rather than a normal run
				receivedOn = today.minusDays(random.nextInt(state.equals("RECEIVED") ? 7 : 60));
			}
			else {
				state = r < 80 ? "DELIVERED" : r < 90 ? "COMPLETED" : r < 95 ? "NOT_ACCEPTED" : "WITHDRAWN";
				receivedOn = today.minusDays(61 + random.nextInt(3 * 365 - 61));
			}
			boolean accepted = !state.equals("RECEIVED") && !state.equals("AWAITING_CORRECTION")
					&& !state.equals("NOT_ACCEPTED");
			acceptedOn = accepted ? receivedOn.plusDays(random.nextInt(3)) : null;
			int budget = item.steps().stream().mapToInt(Step::budget).sum();
			LocalDate due = accepted ? workingDaysAfter(acceptedOn, Math.max(1, budget)) : null;
			if (accepted && isOpen && random.nextInt(20) == 0) {
				// past its deadline: the red list
				due = today.minusDays(1 + random.nextInt(15));
			}
			else if (accepted && isOpen && due.isBefore(today)) {
				due = today.plusDays(random.nextInt(10));
			}
			deadline = due;
			boolean working = accepted && isOpen;
			currentStep = working ? 1 + random.nextInt(item.steps().size()) : 0;
			staff = new Staff[item.steps().size()];
			for (int i = 0; i < staff.length; i++) {
				List<Staff> people = holders.getOrDefault(item.steps().get(i).postId(), List.of());
				staff[i] = people.isEmpty() ? null : people.get(random.nextInt(people.size()));
			}
		}
	}

	/** The chunk's case rows, then the rows of each of the facts' targets. */
	private List<String> fileChunk(int chunk, int cases, int open, long firstId, List<Item> items,
			Map<Long, List<Staff>> holders, CaseFacts facts) {
		StringBuilder text = new StringBuilder(CHUNK * 700);
		List<StringBuilder> factTexts = facts.copies().stream().map(copy -> new StringBuilder()).toList();
		int end = Math.min(cases, (chunk + 1) * CHUNK);
		for (int index = chunk * CHUNK; index < end; index++) {
			Plan plan = new Plan(index, cases, open, items, holders);
			Random random = plan.random;
			long id = firstId + index;
			String name = People.name(random);
			String idNumber = People.residentId(random);
			String phone = People.mobile(random);
			String idHash = HexFormat.of().formatHex(cryptography.keyedHash(idNumber.getBytes(StandardCharsets.UTF_8)));
			boolean accepted = plan.acceptedOn != null;
			boolean closedGranted = plan.state.equals("DELIVERED") || plan.state.equals("COMPLETED");
			Step current = plan.currentStep > 0 ? plan.item.steps().get(plan.currentStep - 1) : null;
			// the application keeps the staff member of the last step on a completed case
			Staff currentStaff = current != null ? plan.staff[plan.currentStep - 1]
					: closedGranted && facts.namesLastStaff() ? plan.staff[plan.staff.length - 1] : null;
			LocalDate decided = closedGranted ? plan.deadline.minusDays(random.nextInt(3)) : null;
			Integer promised = accepted ? plan.item.steps().stream().mapToInt(Step::budget).sum() : null;
			String status = plan.deadline == null || !openState(plan.state) ? null
					: plan.deadline.isBefore(today) ? "RED" : plan.deadline.isBefore(today.plusDays(3)) ? "YELLOW"
							: "NORMAL";
			// the day the status next worsens (decision 0051), without the calendar: two days before the deadline,
			// after today as the status above says; once yellow the day after the deadline; none once red
			LocalDate turnsOn = status == null || status.equals("RED") ? null
					: status.equals("YELLOW") ? plan.deadline.plusDays(1) : plan.deadline.minusDays(2);
			// drawn in the order they always were, so that the same cases come out with or without facts
			String channel = random.nextInt(4) == 0 ? "ONLINE" : "WINDOW";
			String address = "示范县城关镇人民路" + (1 + random.nextInt(300)) + "号";
			Instant receivedAt = at(plan.receivedOn, random);
			row(text, id, plan.item.unitId(), plan.item.departmentId(), plan.item.id(), plan.item.version(),
					plan.item.name(),
					// the case id as the number's sequence: above every number the application has handed out
					accepted ? plan.item.unitShortName() + "〔" + plan.acceptedOn.getYear() + "〕" + id + "号"
							: null,
					queryCode(id), plan.state, channel, "PERSON", name,
					"RESIDENT_ID", cryptography.encrypt(idNumber), idHash, People.maskId(idNumber),
					cryptography.encrypt(phone), People.maskPhone(phone), address,
					"PICKUP", plan.receivedOn, receivedAt, "clerk", plan.receivedOn.plusDays(7),
					plan.receivedOn, plan.acceptedOn, accepted ? at(plan.acceptedOn, random) : null,
					accepted ? "clerk" : null, promised,
					plan.deadline, plan.deadline, status, turnsOn, current == null ? null : current.number(),
					current == null ? null : current.postId(), current == null ? null : current.departmentId(),
					currentStaff == null ? null : currentStaff.id(), currentStaff == null ? null : currentStaff.number(),
					closedGranted ? "GRANTED" : null, closedGranted ? "许可证" : null,
					closedGranted ? "GEN" + id : null, decided, plan.state.equals("DELIVERED") ? "PICKUP" : null,
					plan.state.equals("DELIVERED") ? decided.plusDays(random.nextInt(5)) : null,
					plan.state.equals("WITHDRAWN") ? plan.receivedOn.plusDays(random.nextInt(10)) : null,
					accepted && facts.deemedAccepted(id));
			facts.add(new CaseFacts.Generated(id, plan.item.unitId(), plan.item.departmentId(), plan.state,
					plan.receivedOn, receivedAt, plan.acceptedOn, decided,
					currentStaff == null ? null : currentStaff.id(), promised), factTexts);
		}
		List<String> texts = new ArrayList<>(List.of(text.toString()));
		factTexts.forEach(factText -> texts.add(factText.toString()));
		return texts;
	}

	private String stepChunk(int chunk, int cases, int open, long firstId, List<Item> items,
			Map<Long, List<Staff>> holders) {
		StringBuilder text = new StringBuilder(CHUNK * 400);
		int end = Math.min(cases, (chunk + 1) * CHUNK);
		for (int index = chunk * CHUNK; index < end; index++) {
			Plan plan = new Plan(index, cases, open, items, holders);
			if (plan.acceptedOn == null) {
				continue;
			}
			boolean allDone = plan.currentStep == 0;
			LocalDate on = plan.acceptedOn;
			for (Step step : plan.item.steps()) {
				boolean done = allDone || step.number() < plan.currentStep;
				boolean assigned = done || step.number() == plan.currentStep;
				Staff staff = plan.staff[step.number() - 1];
				LocalDate due = workingDaysAfter(on, step.budget());
				row(text, firstId + index, step.number(), step.name(), step.postId(), step.departmentId(),
						assigned && staff != null ? staff.id() : null, assigned && staff != null ? staff.number() : null,
						step.budget(), assigned ? at(on, plan.random) : null, assigned ? on : null, assigned ? due : null,
						done ? at(due, plan.random) : null, done ? due : null, done && staff != null ? "handler" : null,
						done ? "经审查，符合法定条件" : null);
				if (done) {
					on = due;
				}
			}
		}
		return text.toString();
	}

	private static boolean openState(String state) {
		return state.equals("ACCEPTED") || state.equals("PROCESSING") || state.equals("SUSPENDED")
				|| state.equals("REFUSAL_PENDING");
	}

	/** Unique, in the application's alphabet, and never one the application's random codes would collide with. */
	private static String queryCode(long id) {
		String alphabet = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ";
		StringBuilder code = new StringBuilder();
		long rest = id;
		for (int i = 0; i < 9; i++) {
			code.append(alphabet.charAt((int) (rest % alphabet.length())));
			rest /= alphabet.length();
		}
		return "Z" + code;
	}

	private static Instant at(LocalDate day, Random random) {
		return ZonedDateTime.of(day, java.time.LocalTime.of(9, 0), SHANGHAI)
			.plusMinutes(random.nextInt(480))
			.toInstant();
	}

	/** Working days as Monday to Friday: close enough for data that only has to look like real deadlines. */
	private static LocalDate workingDaysAfter(LocalDate from, int days) {
		LocalDate day = from;
		int left = days;
		while (left > 0) {
			day = day.plusDays(1);
			if (day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY) {
				left--;
			}
		}
		return day;
	}

	/** One COPY text line: tab-separated, \N for null, backslashes and control characters escaped. */
	static void row(StringBuilder text, Object... values) {
		for (int i = 0; i < values.length; i++) {
			if (i > 0) {
				text.append('\t');
			}
			Object value = values[i];
			if (value == null) {
				text.append("\\N");
			}
			else {
				String s = value.toString();
				for (int c = 0; c < s.length(); c++) {
					char ch = s.charAt(c);
					switch (ch) {
						case '\\' -> text.append("\\\\");
						case '\t' -> text.append("\\t");
						case '\n' -> text.append("\\n");
						case '\r' -> text.append("\\r");
						default -> text.append(ch);
					}
				}
			}
		}
		text.append('\n');
	}

	private List<Item> items() {
		List<Item> items = new ArrayList<>();
		try (Connection connection = database.connect(); Statement statement = connection.createStatement();
				ResultSet rows = statement.executeQuery("""
						select v.item_id, v.version, v.name, v.unit_id, v.department_id, u.short_name, v.steps::text,
						       (select json_agg(json_build_object('post', p.id, 'department', p.department_id))
						        from organization.post p) as posts
						from catalog.item_version v join organization.unit u on u.id = v.unit_id
						where v.status = 'PUBLISHED' order by v.unit_id, v.item_id""")) {
			Map<Long, Long> departmentOfPost = null;
			while (rows.next()) {
				if (departmentOfPost == null) {
					departmentOfPost = new HashMap<>();
					for (JsonNode post : JsonMapper.builder().build().readTree(rows.getString(8))) {
						departmentOfPost.put(post.get("post").asLong(), post.get("department").asLong());
					}
				}
				List<Step> steps = new ArrayList<>();
				for (JsonNode step : JsonMapper.builder().build().readTree(rows.getString(7))) {
					long post = step.get("postId").asLong();
					steps.add(new Step(step.get("number").asInt(), step.get("name").asString(), post,
							departmentOfPost.getOrDefault(post, rows.getLong(5)), step.get("budgetWorkingDays").asInt()));
				}
				if (!steps.isEmpty()) {
					items.add(new Item(rows.getLong(1), rows.getInt(2), rows.getString(3), rows.getLong(4),
							rows.getLong(5), rows.getString(6), steps));
				}
			}
		}
		catch (SQLException e) {
			throw new IllegalStateException(e);
		}
		if (items.isEmpty()) {
			throw new BenchmarkFailure("The demo catalog has no published item to generate cases of");
		}
		return items;
	}

	private Map<Long, List<Staff>> holders() {
		Map<Long, List<Staff>> holders = new HashMap<>();
		try (Connection connection = database.connect(); Statement statement = connection.createStatement();
				ResultSet rows = statement.executeQuery("""
						select h.post_id, s.id, s.staff_number from organization.post_holder h
						join organization.staff s on s.id = h.staff_id where s.status = 'ON_DUTY'""")) {
			while (rows.next()) {
				holders.computeIfAbsent(rows.getLong(1), post -> new ArrayList<>())
					.add(new Staff(rows.getLong(2), rows.getString(3)));
			}
		}
		catch (SQLException e) {
			throw new IllegalStateException(e);
		}
		return holders;
	}

	/**
	 * Drops the indexes of the tables (the case and step tables, and those of the facts) that no constraint needs (the
	 * lists', the searches' and the sweeps'), and returns the statements that build them again as they were. Keys and
	 * unique indexes stay.
	 */
	private static List<String> dropSecondaryIndexes(Connection connection, List<String> tables) throws SQLException {
		List<String> definitions = new ArrayList<>();
		List<String> names = new ArrayList<>();
		try (PreparedStatement statement = connection.prepareStatement("""
				select quote_ident(n.nspname) || '.' || quote_ident(c.relname), pg_get_indexdef(i.indexrelid)
				from pg_index i
				join pg_class c on c.oid = i.indexrelid join pg_class t on t.oid = i.indrelid
				join pg_namespace n on n.oid = t.relnamespace
				where n.nspname || '.' || t.relname = any (?) and not i.indisunique
				and not exists (select 1 from pg_constraint k where k.conindid = i.indexrelid)
				order by c.relname""")) {
			statement.setArray(1, connection.createArrayOf("text", tables.toArray()));
			try (ResultSet rows = statement.executeQuery()) {
				while (rows.next()) {
					names.add(rows.getString(1));
					definitions.add(rows.getString(2));
				}
			}
		}
		try (Statement statement = connection.createStatement()) {
			for (String name : names) {
				statement.execute("drop index " + name);
			}
		}
		return definitions;
	}

	/**
	 * Each unit's case counter of every year the load covers moves past the last id the load reserved, before the
	 * load: the numbers use the case ids, and a case the application accepts while the load runs (the sweep's
	 * acceptance by law) must not draw a number a case still to come will carry.
	 */
	private static void reserveNumbers(Connection connection, long lastId, LocalDate today) throws SQLException {
		try (PreparedStatement statement = connection.prepareStatement("""
				insert into casework.number_counter (unit_id, year, kind, last)
				select u.id, y, 'CASE', ? from organization.unit u cross join generate_series(?, ?) y
				on conflict (unit_id, year, kind) do update set last = greatest(number_counter.last, excluded.last)""")) {
			statement.setInt(1, Math.toIntExact(lastId));
			statement.setInt(2, today.getYear() - 4);
			statement.setInt(3, today.getYear());
			statement.executeUpdate();
		}
	}
}
