package org.xiaoneng.evaluation.survey;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The surveys' one-use links, found by their token's digest, and the anonymous answers given through them. */
@Repository
class SurveyInvitations {

	private final JdbcClient jdbc;

	SurveyInvitations(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Stores a link by its token's digest; returns its id, which only names the text message sent for it. */
	long add(long surveyId, Stratum stratum, String tokenHash) {
		return jdbc.sql("""
				insert into evaluation.survey_invitation (survey_id, unit_id, department_id, token_hash)
				values (:survey, :unit, :department, :hash) returning id""")
			.param("survey", surveyId)
			.param("unit", stratum.unitId())
			.param("department", stratum.departmentId())
			.param("hash", tokenHash)
			.query(Long.class)
			.single();
	}

	/** The link with this token digest, locked until the transaction ends, so that it is used once only. */
	Optional<SurveyInvitation> lock(String tokenHash) {
		return jdbc.sql("""
				select id, survey_id, unit_id, department_id, used from evaluation.survey_invitation
				where token_hash = :hash for update""")
			.param("hash", tokenHash)
			.query((rs, row) -> new SurveyInvitation(rs.getLong(1), rs.getLong(2),
					new Stratum(rs.getLong(3), rs.getLong(4)), rs.getBoolean(5)))
			.optional();
	}

	void save(SurveyInvitation invitation) {
		jdbc.sql("update evaluation.survey_invitation set used = :used where id = :id")
			.param("used", invitation.used())
			.param("id", invitation.id())
			.update();
	}

	/** Stores an answer with its department only: nothing says through which link it came. */
	void addAnswer(long surveyId, Stratum stratum, SurveyAnswer answer) {
		jdbc.sql("""
				insert into evaluation.survey_answer (survey_id, unit_id, department_id, overall, attitude, efficiency,
				  integrity)
				values (:survey, :unit, :department, :overall, :attitude, :efficiency, :integrity)""")
			.param("survey", surveyId)
			.param("unit", stratum.unitId())
			.param("department", stratum.departmentId())
			.param("overall", answer.of(SurveyQuestion.OVERALL))
			.param("attitude", answer.of(SurveyQuestion.ATTITUDE))
			.param("efficiency", answer.of(SurveyQuestion.EFFICIENCY))
			.param("integrity", answer.of(SurveyQuestion.INTEGRITY))
			.update();
	}

	/** Each stratum's answers of overall satisfaction (1–5), in stratum order. */
	Map<Stratum, List<Integer>> overallAnswers(long surveyId) {
		Map<Stratum, List<Integer>> answers = new TreeMap<>();
		jdbc.sql("select unit_id, department_id, overall from evaluation.survey_answer where survey_id = :survey")
			.param("survey", surveyId)
			.query((rs, row) -> answers.computeIfAbsent(new Stratum(rs.getLong(1), rs.getLong(2)),
					s -> new ArrayList<>()).add(rs.getInt(3)))
			.list();
		return answers;
	}
}
