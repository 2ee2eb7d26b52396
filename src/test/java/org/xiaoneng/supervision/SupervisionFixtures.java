package org.xiaoneng.supervision;

import static org.xiaoneng.testing.TestData.runAs;

import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.xiaoneng.casework.CaseFile;
import org.xiaoneng.casework.Cases;

/**
 * Cards and appeals for tests outside the module (the access matrix), made as the module makes them: a card raised
 * by its rule's signal and issued to its holder, an appeal filed by the holder.
 */
public final class SupervisionFixtures {

	private SupervisionFixtures() {
	}

	/** A red card about the case (overdue), issued to the staff member; returns its id. */
	public static long issuedCard(ApplicationContext beans, long caseId, long holderStaffId) {
		CaseFile file = beans.getBean(Cases.class).caseFile(caseId);
		beans.getBean(Raising.class)
			.raise(Rule.CASE_OVERDUE, DeadlineWatch.subject(file), holderStaffId, Facts.of(file.deadline()));
		return beans.getBean(JdbcClient.class)
			.sql("select id from supervision.card where rule_code = :rule and object_type = 'CASE' and object_id = :id")
			.param("rule", Rule.CASE_OVERDUE.code())
			.param("id", caseId)
			.query(Long.class)
			.single();
	}

	/** The holder's appeal of their card, left open; returns its id. */
	public static long openAppeal(ApplicationContext beans, long cardId, String holderUsername) {
		return runAs(holderUsername, () -> beans.getBean(CardActions.class).appeal(cardId, "计时有误，申请复核"),
				"ROLE_HANDLER").id();
	}
}
