package org.xiaoneng.bench.casework;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.xiaoneng.bench.BenchmarkFailure;

/**
 * The facts casework keeps beside its case files, written with each generated case as casework's listeners and use
 * cases would have: a completed case names its last step's staff member; a commitment fact per completed case (one in
 * ten late) carrying that staff member, the department, the promised days and whether the rating is bad; a rating
 * for three in five, the day after (one in fifty of those 不满意 or worse); a rectification per bad rating owned by
 * the department's head (nine in ten closed, one in ten of those late); correction notices for one case in ten
 * issued by its handler on the day of receipt (one in five of those a second time); one accepted case in two hundred
 * deemed accepted (行政许可法 第三十二条).
 */
final class EvaluationFacts implements CaseFacts {

	private static final Duration DAY = Duration.ofDays(1);

	/** Department id → its head's staff id (absent when it has none). */
	private final Map<Long, Long> heads;

	private EvaluationFacts(Map<Long, Long> heads) {
		this.heads = heads;
	}

	static EvaluationFacts of(Database database) {
		Map<Long, Long> heads = new HashMap<>();
		try (Connection connection = database.connect(); Statement statement = connection.createStatement();
				ResultSet rows = statement.executeQuery(
						"select id, head_id from organization.department where head_id is not null")) {
			while (rows.next()) {
				heads.put(rows.getLong(1), rows.getLong(2));
			}
		}
		catch (SQLException e) {
			throw new BenchmarkFailure("Cannot read the departments' heads: " + e.getMessage(), e);
		}
		return new EvaluationFacts(heads);
	}

	@Override
	public List<String> copies() {
		return List.of(
				"casework.commitment_fact (case_id, unit_id, completed_on, on_time, on_time_statutory, "
						+ "working_days_used, rated_on, satisfied, department_id, staff_id, promised_days, bad_rating)",
				"casework.rating (case_id, unit_id, department_id, overall, efficiency, service_level, attitude, "
						+ "channel, real_name, rated_on, rated_at)",
				"casework.rectification (case_id, unit_id, department_id, head_staff_id, opened_on, due_on, findings, "
						+ "measures, called_back_on, call_back_note, closed_at, closed_by)",
				"casework.correction_notice (case_id, round, unit_id, issued_on, issued_at, issued_by, "
						+ "issued_by_staff_id, reason, breach, corrected_on)");
	}

	@Override
	public void add(Generated c, List<StringBuilder> texts) {
		long id = c.id();
		if (c.decidedOn() != null) {
			boolean rated = id % 5 < 3;
			LocalDate ratedOn = c.decidedOn().plusDays(1);
			int overall = id % 250 < 3 ? 1 + (int) (id / 250 % 2) : 4 + (int) (id % 2);
			// the working days used as five sevenths of the calendar days
			CaseGenerator.row(texts.get(0), id, c.unitId(), c.decidedOn(), id % 10 != 0, true,
					ChronoUnit.DAYS.between(c.acceptedOn(), c.decidedOn()) * 5 / 7, rated ? ratedOn : null,
					rated ? id % 250 >= 3 : null, c.departmentId(), c.staffId(), c.promisedDays(), rated && overall <= 2);
			if (rated) {
				CaseGenerator.row(texts.get(1), id, c.unitId(), c.departmentId(), overall, 3, 3, 3, "PROGRESS_PAGE",
						true, ratedOn, ratedOn + " 10:00");
				if (overall <= 2) {
					// 15 working days (three weeks) to close it
					CaseGenerator.row(texts.get(2), id, c.unitId(), c.departmentId(), heads.get(c.departmentId()),
							ratedOn, ratedOn.plusDays(21), "核实", "整改", ratedOn.plusDays(5), "回访",
							id % 10 == 0 ? null : ratedOn.plusDays(id % 10 == 1 ? 30 : 5) + " 16:00", "head");
				}
			}
		}
		if (id % 10 == 0) {
			for (int round = 1; round <= (id % 50 == 0 ? 2 : 1); round++) {
				CaseGenerator.row(texts.get(3), id, round, c.unitId(), c.receivedOn().plusDays(round - 1),
						c.receivedAt().plus(DAY.multipliedBy(round - 1)), "clerk", c.staffId(),
						round == 2 ? "新补材料不清晰" : null, round == 2, c.receivedOn().plusDays(round));
			}
		}
	}

	@Override
	public boolean namesLastStaff() {
		return true;
	}

	@Override
	public boolean deemedAccepted(long id) {
		return id % 200 == 7;
	}
}
