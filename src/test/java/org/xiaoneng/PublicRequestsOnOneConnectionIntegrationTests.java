package org.xiaoneng;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.xiaoneng.testing.TestData.creditCode;
import static org.xiaoneng.testing.TestData.runAs;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockServletContext;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.IllegalTransactionStateException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.xiaoneng.badge.BadgeOffice;
import org.xiaoneng.casework.CasePortal;
import org.xiaoneng.common.Cryptography;
import org.xiaoneng.evaluation.survey.SamplingSurvey;
import org.xiaoneng.inquiry.InquiryCategory;
import org.xiaoneng.inquiry.InquiryRegister;
import org.xiaoneng.inquiry.PublicSubmission;
import org.xiaoneng.organization.NewUnit;
import org.xiaoneng.organization.Organization;
import org.xiaoneng.organization.Unit;
import org.xiaoneng.platform.ratelimit.RateLimiter;
import org.xiaoneng.testing.IntegrationTest;
import org.xiaoneng.testing.ListenersAtRest;

/**
 * Every public request that counts against a per-address limit counts before any transaction of the request opens
 * (docs/decisions/0048), so it never holds one pooled connection while it waits for a second: with all connections of
 * the pool but one taken, each such page and API call still answers, and its attempt is counted.
 */
@IntegrationTest
class PublicRequestsOnOneConnectionIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	DataSource dataSource;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Cryptography cryptography;

	@Autowired
	Organization organization;

	@Autowired
	ListenersAtRest listeners;

	@Autowired
	PlatformTransactionManager transactions;

	@Autowired
	RateLimiter limiter;

	@Autowired
	CasePortal portal;

	@Autowired
	BadgeOffice badges;

	@Autowired
	SamplingSurvey surveys;

	@Autowired
	InquiryRegister inquiries;

	private final long tag = ThreadLocalRandom.current().nextLong(1L << 40);

	private final String address = "2001:db8:48::" + Long.toHexString(tag);

	@Test
	void everyRateLimitedPageAndApiCallAnswersWithOnlyOneConnectionOfThePoolFreeAndIsCounted() throws Exception {
		Unit unit = runAs("admin", () -> {
			organization.defineRegion("520999", "示范县");
			return organization.createUnit(new NewUnit("520999", "限流测试局" + tag, "限流" + Long.toString(tag, 36), creditCode()));
		}, "ROLE_ADMIN");
		assertThat(listeners.await(Duration.ofSeconds(10))).as("listeners at rest").isTrue();
		String submission = "{\"unitId\":" + unit.id() + ",\"category\":\"CONSULTATION\",\"subject\":\"问\","
				+ "\"content\":\"内容\",\"badgeNumber\":\"NOSUCHBADGE\"}";
		// each refused after its count (no such code, badge, link or badge number), so that none starts a listener
		List<Call> calls = List.of(
				new Call(get("/portal/progress").param("code", "NOSUCHCODE").param("phoneLast4", "0000"), 200),
				new Call(get("/api/v1/public/progress").param("code", "NOSUCHCODE").param("phoneLast4", "0000"), 404),
				new Call(post("/portal/progress/rating").with(csrf()).param("code", "NOSUCHCODE").param("key", "x")
					.param("overall", "5"), 200, 2),
				new Call(post("/api/v1/public/ratings").contentType(MediaType.APPLICATION_JSON)
					.content("""
							{"queryCode":"NOSUCHCODE","key":"x","overall":5,"efficiency":5,"serviceLevel":5,"attitude":5,
							 "channel":"PROGRESS_PAGE"}"""), 404),
				new Call(get("/portal/badges/NOSUCHBADGE"), 404),
				new Call(get("/portal/survey/no-such-link"), 404),
				new Call(post("/portal/survey/no-such-link").with(csrf()), 404),
				new Call(post("/portal/inquiries/new").with(csrf()).param("unitId", String.valueOf(unit.id()))
					.param("category", "CONSULTATION").param("subject", "问").param("content", "内容")
					.param("badgeNumber", "NOSUCHBADGE"), 400),
				new Call(post("/api/v1/public/inquiries").contentType(MediaType.APPLICATION_JSON).content(submission),
						400));

		List<Connection> taken = new ArrayList<>();
		try {
			for (int i = 1; i < dataSource.unwrap(HikariDataSource.class).getMaximumPoolSize(); i++) {
				taken.add(dataSource.getConnection());
			}
			for (Call call : calls) {
				MockHttpServletResponse answer = mvc.perform(call.request().with(from(address))).andReturn().getResponse();
				assertThat(answer.getStatus()).as(call.request().buildRequest(new MockServletContext()).getRequestURI())
					.isEqualTo(call.status());
			}
		}
		finally {
			for (Connection connection : taken) {
				connection.close();
			}
		}
		assertThat(attemptsOf(address)).isEqualTo(calls.stream().mapToInt(Call::attempts).sum());
	}

	@Test
	void theLimiterRefusesToCountInsideATransactionAndCountsNothing() {
		TransactionTemplate transaction = new TransactionTemplate(transactions);
		assertThatThrownBy(() -> transaction.executeWithoutResult(status -> limiter.attempt("progress-lookup", address)))
			.isInstanceOf(IllegalStateException.class)
			.hasMessageContaining("0048");
		assertThat(attemptsOf(address)).isZero();
	}

	@Test
	void everyCountedFacadeCallRefusesToJoinACallersTransaction() {
		TransactionTemplate transaction = new TransactionTemplate(transactions);
		List<Runnable> calls = List.of(() -> portal.progress("NOSUCHCODE", "0000", null, address),
				() -> portal.rate("NOSUCHCODE", "0000", null, null, address),
				() -> badges.verify("NOSUCHBADGE", address),
				() -> surveys.questionnaire("no-such-link", address),
				() -> surveys.answer("no-such-link", Map.of(), address),
				() -> inquiries.submit(new PublicSubmission(1L, InquiryCategory.CONSULTATION, "问", "内容", null, null),
						address));
		for (Runnable call : calls) {
			assertThatThrownBy(() -> transaction.executeWithoutResult(status -> call.run()))
				.isInstanceOf(IllegalTransactionStateException.class);
		}
		assertThat(attemptsOf(address)).isZero();
	}

	/**
	 * A public request, the status of its refusal and the attempts it counts (a refused rating shows the progress
	 * page again, which is a look-up of its own).
	 */
	private record Call(MockHttpServletRequestBuilder request, int status, int attempts) {

		Call(MockHttpServletRequestBuilder request, int status) {
			this(request, status, 1);
		}
	}

	private static RequestPostProcessor from(String address) {
		return request -> {
			request.setRemoteAddr(address);
			return request;
		};
	}

	private long attemptsOf(String client) {
		String digest = HexFormat.of().formatHex(cryptography.sm3(client.getBytes(StandardCharsets.UTF_8)));
		return jdbc.sql("select coalesce(sum(cardinality(attempts)), 0) from ratelimit.recent_attempts where client = :client")
			.param("client", digest)
			.query(Long.class)
			.single();
	}
}
