package org.xiaoneng.casework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.anyOf;
import static org.hamcrest.Matchers.is;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.xiaoneng.casework.CaseworkUnit.at;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.ConfigurableTransactionManager;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionExecution;
import org.springframework.transaction.TransactionExecutionListener;
import org.xiaoneng.organization.Organization;
import org.xiaoneng.substitution.Substitutes;
import org.xiaoneng.testing.IntegrationTest;
import org.xiaoneng.testing.ListenersAtRest;
import org.xiaoneng.testing.MutableClock;

import com.jayway.jsonpath.JsonPath;

/**
 * Issue 20: a case taken through the API from submission to completion commits once per user action and not once
 * more. Supervision's copies of the case's facts (the cockpit's figures, the watched deadline and step limits) are
 * written in the transaction that decides the fact (decision 0054); a reaction that stays a listener of its own
 * commits its work and its delivery's completion in the registry together (decision 0043). Before, each of the
 * case's twelve to fifteen deliveries to supervision was a transaction of its own, and before that three.
 */
@IntegrationTest
class CaseLifecycleCommitsIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	PlatformTransactionManager transactionManager;

	@Autowired
	ListenersAtRest listeners;

	@Autowired
	MutableClock clock;

	@Autowired
	Organization organization;

	@Autowired
	Substitutes substitutes;

	@Autowired
	CatalogFixture catalog;

	private final Commits commits = new Commits();

	private Instant before;

	@BeforeEach
	void mondayAndCounting() {
		before = clock.instant();
		clock.set(at(3, 9, 10));
		assertThat(listeners.await(Duration.ofMinutes(1))).as("earlier tests' listeners came to rest").isTrue();
		((ConfigurableTransactionManager) transactionManager).addListener(commits);
	}

	@AfterEach
	void restore() {
		((ConfigurableTransactionManager) transactionManager).getTransactionExecutionListeners().remove(commits);
		clock.set(before);
	}

	@Test
	void eachUserActionIsOneCommitAndSupervisionsCopiesCommitWithIt() throws Exception {
		CaseworkUnit u = new CaseworkUnit(organization, substitutes, catalog);
		assertThat(listeners.await(Duration.ofMinutes(1))).as("the unit's own listeners came to rest").isTrue();
		Thread test = Thread.currentThread();
		commits.clear();

		long id = submittedAndWorkedThrough(u);
		assertThat(listeners.await(Duration.ofMinutes(1))).as("the reactions came to rest").isTrue();

		assertThat(commits.on(test)).as("one commit per request: submit, accept, three steps, complete").hasSize(6);
		assertThat(commits.elsewhere(test)).as("no reaction to the case's events commits on its own").isEmpty();
		assertThat(commits.rolledBack).isEmpty();
		assertThat(deliveries(id)).as("no delivery of the case's events left to the registry").isZero();
		assertThat(jdbc.sql("""
				select closed_on is not null and completed_on is not null from supervision.cockpit_case
				where case_id = :id""").param("id", id).query(Boolean.class).single())
			.as("the cockpit saw the case completed").isTrue();
		assertThat(jdbc.sql("select count(*) from supervision.watched_object where object_type = 'CASE' and object_id = :id")
			.param("id", id)
			.query(Long.class)
			.single()).as("the completed case is no longer watched").isZero();
	}

	@Test
	void supervisionsCopyOfAFactCommitsInTheTransactionThatDecidedIt() throws Exception {
		CaseworkUnit u = new CaseworkUnit(organization, substitutes, catalog);

		long id = submitted(u);

		String decided = jdbc.sql("select xmin::text from casework.case_file where id = :id")
			.param("id", id)
			.query(String.class)
			.single();
		String copied = jdbc.sql("select xmin::text from supervision.cockpit_case where case_id = :id")
			.param("id", id)
			.query(String.class)
			.single();
		assertThat(copied).as("the cockpit's row written by the submission's own transaction").isEqualTo(decided);
	}

	@Test
	void aListenersWorkAndItsDeliverysCompletionCommitTogether() {
		CaseworkUnit u = new CaseworkUnit(organization, substitutes, catalog);
		assertThat(listeners.await(Duration.ofMinutes(1))).as("the badge office heard of the new staff").isTrue();

		String work = jdbc.sql("select xmin::text from badge.task where kind = 'ISSUE' and staff_id = :staff")
			.param("staff", u.clerk.id())
			.query(String.class)
			.single();
		String completion = jdbc.sql("""
				select xmin::text from event_publication
				where serialized_event::jsonb ->> 'staffId' = :staff and event_type like '%.StaffJoined'
				  and listener_id like '%BadgeDuties%' and completion_date is not null""")
			.param("staff", Long.toString(u.clerk.id()))
			.query(String.class)
			.single();
		assertThat(completion).as("the badge office's task and the completed delivery written by one transaction")
			.isEqualTo(work);
	}

	private long submitted(CaseworkUnit u) throws Exception {
		String submission = """
				{"itemId":%d,"channel":"WINDOW","pickup":"PICKUP",
				 "applicant":{"kind":"PERSON","name":"李四","idType":"RESIDENT_ID","idNumber":"%s","phone":"13900139000"},
				 "materials":[{"itemMaterialNumber":1,"original":true,"copies":1,"pages":3}]}"""
			.formatted(u.item.id(), CaseworkUnit.RESIDENT_ID);
		String answer = mvc.perform(post("/api/v1/cases").with(csrf())
			.with(user(u.username("c")).roles("WINDOW_CLERK"))
			.contentType(MediaType.APPLICATION_JSON)
			.content(submission)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		return ((Number) JsonPath.read(answer, "$.id")).longValue();
	}

	private long submittedAndWorkedThrough(CaseworkUnit u) throws Exception {
		long id = submitted(u);
		act(u, "c", "WINDOW_CLERK", "/api/v1/cases/" + id + "/acceptance", "{}");
		step(u, "a", "HANDLER", id, 1, "同意");
		step(u, "r", "HANDLER", id, 2, "同意");
		step(u, "h", "DEPT_HEAD", id, 3, "准予");
		act(u, "h", "DEPT_HEAD", "/api/v1/cases/" + id + "/completion",
				"{\"certificateName\":\"食品经营许可证\",\"certificateNumber\":\"JY" + u.tag + "\"}");
		return id;
	}

	private void act(CaseworkUnit u, String who, String role, String path, String body) throws Exception {
		mvc.perform(post(path).with(csrf())
			.with(user(u.username(who)).roles(role))
			.contentType(MediaType.APPLICATION_JSON)
			.content(body)).andExpect(status().isOk());
	}

	/**
	 * A step's worker who may not see the case once it moved on gets a 404 with the step done (decision 0029); the
	 * completion that follows proves every step was.
	 */
	private void step(CaseworkUnit u, String who, String role, long id, int number, String opinion) throws Exception {
		mvc.perform(post("/api/v1/cases/" + id + "/steps/" + number + "/completion").with(csrf())
			.with(user(u.username(who)).roles(role))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"opinion\":\"" + opinion + "\"}")).andExpect(status().is(anyOf(is(200), is(404))));
	}

	/** The deliveries of the case's events to listeners of their own, as the registry recorded them. */
	private long deliveries(long id) {
		return jdbc.sql("select count(*) from event_publication where serialized_event::jsonb ->> 'caseId' = :id")
			.param("id", Long.toString(id))
			.query(Long.class)
			.single();
	}

	/** The physical commits and rollbacks of the transaction manager, with the thread and the name of each. */
	static final class Commits implements TransactionExecutionListener {

		private final List<Commit> committed = new CopyOnWriteArrayList<>();

		final List<String> rolledBack = new CopyOnWriteArrayList<>();

		private record Commit(Thread thread, String name) {
		}

		@Override
		public void afterCommit(TransactionExecution transaction, Throwable commitFailure) {
			committed.add(new Commit(Thread.currentThread(), transaction.getTransactionName()));
		}

		@Override
		public void afterRollback(TransactionExecution transaction, Throwable rollbackFailure) {
			rolledBack.add(Thread.currentThread().getName() + " " + transaction.getTransactionName());
		}

		void clear() {
			committed.clear();
			rolledBack.clear();
		}

		List<String> on(Thread thread) {
			return committed.stream().filter(commit -> commit.thread() == thread).map(Commit::name).toList();
		}

		List<String> elsewhere(Thread thread) {
			return committed.stream().filter(commit -> commit.thread() != thread).map(Commit::name).toList();
		}
	}
}
