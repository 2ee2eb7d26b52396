package org.xiaoneng.evaluation.survey;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.xiaoneng.common.Cryptography;

/** The text messages a survey sent, read as the people invited read them: the links' tokens and the phones. */
public final class SurveyLinks {

	private static final Pattern LINK = Pattern.compile("/portal/survey/([A-Za-z0-9_-]{24})");

	private SurveyLinks() {
	}

	/** The tokens of the links, in the order of the invitations (which follows the strata's). */
	public static List<String> tokens(JdbcClient jdbc, Cryptography cryptography, SurveyId id) {
		return texts(jdbc, cryptography, id, "body_encrypted").stream().map(body -> {
			Matcher link = LINK.matcher(body);
			assertThat(link.find()).as(body).isTrue();
			return link.group(1);
		}).toList();
	}

	/** The phones texted, sorted. */
	static List<String> phones(JdbcClient jdbc, Cryptography cryptography, SurveyId id) {
		return texts(jdbc, cryptography, id, "recipient_encrypted").stream().sorted().toList();
	}

	private static List<String> texts(JdbcClient jdbc, Cryptography cryptography, SurveyId id, String column) {
		// the idempotency key ends with the invitation's id
		return jdbc.sql("select " + column + " from notification.message where idempotency_key like :key"
				+ " order by split_part(idempotency_key, ':', 5)::bigint")
			.param("key", "evaluation:survey:" + id + ":%")
			.query(String.class)
			.list()
			.stream()
			.map(cryptography::decrypt)
			.toList();
	}
}
