package org.xiaoneng.evaluation.survey;

import static org.xiaoneng.common.Columns.instant;
import static org.xiaoneng.common.Columns.time;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The surveys, one typed read and one typed write each, their strata, and the results they hand to the evaluation. */
@Repository
class Surveys {

	private static final String COLUMNS = """
			id, year, unit_id, period_from, period_to, per_stratum, seed, answer_by, state, defined_by, opened_at,
			closed_at""";

	/** The newest surveys listed; a region runs a few a year. */
	private static final int LIST_LIMIT = 200;

	private final JdbcClient jdbc;

	Surveys(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Saves a newly defined survey; it then has its id. */
	void add(Survey survey, Instant definedAt) {
		long id = jdbc.sql("""
				insert into evaluation.survey (year, unit_id, period_from, period_to, per_stratum, seed, answer_by, state,
				  defined_by, defined_at)
				values (:year, :unit, :from, :to, :perStratum, :seed, :answerBy, :state, :definedBy, :definedAt)
				returning id""")
			.param("year", survey.year())
			.param("unit", survey.unitId())
			.param("from", survey.from())
			.param("to", survey.to())
			.param("perStratum", survey.perStratum())
			.param("seed", survey.seed())
			.param("answerBy", survey.answerBy())
			.param("state", survey.state().name())
			.param("definedBy", survey.definedBy())
			.param("definedAt", time(definedAt))
			.query(Long.class)
			.single();
		survey.saved(id);
	}

	Optional<Survey> find(long id) {
		return jdbc.sql("select " + COLUMNS + " from evaluation.survey where id = :id")
			.param("id", id)
			.query(Surveys::survey)
			.optional();
	}

	/** The survey, locked until the transaction ends: one step on it at a time. */
	Optional<Survey> lock(long id) {
		return jdbc.sql("select " + COLUMNS + " from evaluation.survey where id = :id for update")
			.param("id", id)
			.query(Surveys::survey)
			.optional();
	}

	/** Writes the survey's changed state. */
	void save(Survey survey) {
		jdbc.sql("update evaluation.survey set state = :state, opened_at = :openedAt, closed_at = :closedAt where id = :id")
			.param("state", survey.state().name())
			.param("openedAt", time(survey.openedAt()))
			.param("closedAt", time(survey.closedAt()))
			.param("id", survey.idOrNull())
			.update();
	}

	/** The newest surveys, of every unit; the caller's scope is applied by whoever shows them. */
	List<Survey> newest() {
		return jdbc.sql("select " + COLUMNS + " from evaluation.survey order by id desc limit :limit")
			.param("limit", LIST_LIMIT)
			.query(Surveys::survey)
			.list();
	}

	/** Records each stratum's people and invitations as drawn. */
	void addStrata(long surveyId, SurveySample sample) {
		sample.strata()
			.forEach((stratum, draw) -> jdbc.sql("""
					insert into evaluation.survey_stratum (survey_id, unit_id, department_id, population, invited)
					values (:survey, :unit, :department, :population, :invited)""")
				.param("survey", surveyId)
				.param("unit", stratum.unitId())
				.param("department", stratum.departmentId())
				.param("population", draw.population())
				.param("invited", draw.drawn().size())
				.update());
	}

	/**
	 * A stratum as drawn.
	 *
	 * @param population the distinct people it served (N_h)
	 * @param invited those invited (n_h)
	 */
	record StratumSize(Stratum stratum, int population, int invited) {
	}

	List<StratumSize> strata(long surveyId) {
		return jdbc.sql("""
				select unit_id, department_id, population, invited from evaluation.survey_stratum
				where survey_id = :survey order by unit_id, department_id""")
			.param("survey", surveyId)
			.query((rs, row) -> new StratumSize(new Stratum(rs.getLong(1), rs.getLong(2)), rs.getInt(3), rs.getInt(4)))
			.list();
	}

	/** Hands a closed survey's figures to the year's evaluation: a row per department that answered. */
	void writeResults(Survey survey, Map<Stratum, SurveyEstimate> estimates) {
		estimates.forEach((stratum, estimate) -> jdbc.sql("""
				insert into evaluation.survey_result (survey_id, year, unit_id, department_id, score, sample_size,
				  responses, margin_of_error, closed_at)
				values (:survey, :year, :unit, :department, :score, :sampleSize, :responses, :margin, :closedAt)""")
			.param("survey", survey.idOrNull())
			.param("year", survey.year())
			.param("unit", stratum.unitId())
			.param("department", stratum.departmentId())
			.param("score", estimate.score())
			.param("sampleSize", estimate.sampleSize())
			.param("responses", estimate.responses())
			.param("margin", estimate.marginOfError())
			.param("closedAt", time(survey.closedAt()))
			.update());
	}

	private static Survey survey(ResultSet rs, int row) throws SQLException {
		long unit = rs.getLong("unit_id");
		return new Survey(rs.getLong("id"), rs.getInt("year"), rs.wasNull() ? null : unit,
				rs.getObject("period_from", LocalDate.class), rs.getObject("period_to", LocalDate.class),
				rs.getInt("per_stratum"), rs.getLong("seed"), rs.getObject("answer_by", LocalDate.class),
				SurveyState.valueOf(rs.getString("state")), rs.getString("defined_by"), instant(rs, "opened_at"),
				instant(rs, "closed_at"));
	}
}
