package org.xiaoneng.casework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.anyOf;
import static org.hamcrest.Matchers.is;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.xiaoneng.casework.CaseworkUnit.at;

import java.time.Instant;
import java.util.List;

import org.hamcrest.Matcher;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.xiaoneng.organization.Organization;
import org.xiaoneng.substitution.Substitutes;
import org.xiaoneng.testing.IntegrationTest;
import org.xiaoneng.testing.MutableClock;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;

import com.jayway.jsonpath.JsonPath;

/**
 * Issue 20, decision 0059: each request of a case's lifecycle reads its caller in one statement and its case and the
 * case's materials once, however many rules, answers and supervision's copies ask for them. Counted from the
 * statements the JDBC template runs on the request's thread.
 */
@IntegrationTest
class CaseReadsIntegrationTests {

	private static final String JDBC = "org.springframework.jdbc.core.JdbcTemplate";

	@Autowired
	MockMvc mvc;

	@Autowired
	MutableClock clock;

	@Autowired
	Organization organization;

	@Autowired
	Substitutes substitutes;

	@Autowired
	CatalogFixture catalog;

	private final ListAppender<ILoggingEvent> statements = new ListAppender<>();

	private Instant before;

	private Level level;

	@BeforeEach
	void mondayAndListening() {
		before = clock.instant();
		clock.set(at(3, 9, 10));
		Logger logger = (Logger) LoggerFactory.getLogger(JDBC);
		level = logger.getLevel();
		statements.start();
		logger.addAppender(statements);
		logger.setLevel(Level.DEBUG);
	}

	@AfterEach
	void restore() {
		Logger logger = (Logger) LoggerFactory.getLogger(JDBC);
		logger.setLevel(level);
		logger.detachAppender(statements);
		clock.set(before);
	}

	@Test
	void eachRequestReadsItsCallerOnceAndItsCaseAndMaterialsOnce() throws Exception {
		CaseworkUnit u = new CaseworkUnit(organization, substitutes, catalog);
		String submission = """
				{"itemId":%d,"channel":"WINDOW","pickup":"PICKUP",
				 "applicant":{"kind":"PERSON","name":"李四","idType":"RESIDENT_ID","idNumber":"%s","phone":"13900139000"},
				 "materials":[{"itemMaterialNumber":1,"original":true,"copies":1,"pages":3}]}"""
			.formatted(u.item.id(), CaseworkUnit.RESIDENT_ID);

		String answer = request(u, "c", "WINDOW_CLERK", "/api/v1/cases", submission);
		long id = ((Number) JsonPath.read(answer, "$.id")).longValue();
		assertReadOnce("submit");
		request(u, "c", "WINDOW_CLERK", "/api/v1/cases/" + id + "/acceptance", "{}");
		assertReadOnce("accept");
		step(u, "a", "HANDLER", id, 1, "同意");
		assertReadOnce("step 1 by a handler");
		step(u, "r", "HANDLER", id, 2, "同意");
		assertReadOnce("step 2 by a handler");
		step(u, "h", "DEPT_HEAD", id, 3, "准予");
		assertReadOnce("step 3 by a department head");
		request(u, "h", "DEPT_HEAD", "/api/v1/cases/" + id + "/completion",
				"{\"certificateName\":\"食品经营许可证\",\"certificateNumber\":\"JY" + u.tag + "\"}");
		assertReadOnce("complete");
	}

	private String request(CaseworkUnit u, String who, String role, String path, String body) throws Exception {
		return request(u, who, role, path, body, is(200));
	}

	/**
	 * A step's worker who may not see the case once it moved on gets a 404 with the step done (decision 0029); the
	 * completion that follows proves every step was.
	 */
	private void step(CaseworkUnit u, String who, String role, long id, int number, String opinion) throws Exception {
		request(u, who, role, "/api/v1/cases/" + id + "/steps/" + number + "/completion",
				"{\"opinion\":\"" + opinion + "\"}", anyOf(is(200), is(404)));
	}

	private String request(CaseworkUnit u, String who, String role, String path, String body, Matcher<Integer> answered)
			throws Exception {
		statements.list.clear();
		return mvc.perform(post(path).with(csrf())
			.with(user(u.username(who)).roles(role))
			.contentType(MediaType.APPLICATION_JSON)
			.content(body)).andExpect(status().is(answered)).andReturn().getResponse().getContentAsString();
	}

	private void assertReadOnce(String request) {
		String thread = Thread.currentThread().getName();
		List<String> sql = statements.list.stream()
			.filter(event -> event.getThreadName().equals(thread))
			.map(ILoggingEvent::getFormattedMessage)
			.filter(message -> message.startsWith("Executing prepared SQL statement ["))
			.map(message -> message.replaceAll("\\s+", " "))
			.toList();
		assertThat(sql).as(request + ": statements seen").isNotEmpty();
		assertThat(sql).as(request + ": the caller and their scope")
			.filteredOn(s -> s.contains("from organization.staff s where s.username"))
			.hasSize(1);
		assertThat(sql).as(request + ": the case")
			.filteredOn(s -> s.contains("select * from casework.case_file where id ="))
			.hasSize(1);
		assertThat(sql).as(request + ": the case's materials")
			.filteredOn(s -> s.contains("select * from casework.case_material where case_id ="))
			.hasSizeLessThanOrEqualTo(1);
	}
}
