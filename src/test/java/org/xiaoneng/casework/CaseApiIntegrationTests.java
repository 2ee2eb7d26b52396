package org.xiaoneng.casework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.xiaoneng.casework.CaseworkUnit.at;

import java.time.Instant;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.xiaoneng.common.PostId;
import org.xiaoneng.common.StaffId;
import org.xiaoneng.organization.DataScope;
import org.xiaoneng.organization.Organization;
import org.xiaoneng.substitution.AbsenceKind;
import org.xiaoneng.substitution.NewAbsence;
import org.xiaoneng.substitution.Substitutes;
import org.xiaoneng.testing.IntegrationTest;
import org.xiaoneng.testing.MutableClock;

/** The case API: each bad input is a clear, localized problem and changes nothing; retries create one case. */
@IntegrationTest
class CaseApiIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Cases cases;

	@Autowired
	CasePortal portal;

	@Autowired
	Organization organization;

	@Autowired
	Substitutes substitutes;

	@Autowired
	CatalogFixture catalog;

	@Autowired
	MutableClock clock;

	@Autowired
	JdbcClient jdbc;

	private Instant before;

	@BeforeEach
	void monday() {
		before = clock.instant();
		clock.set(at(3, 9, 9));
	}

	@AfterEach
	void restore() {
		clock.set(before);
	}

	private static String submission(long itemId, String idNumber, int materialNumber) {
		return """
				{"itemId":%d,"channel":"WINDOW","pickup":"PICKUP",
				 "applicant":{"kind":"PERSON","name":"李四","idType":"RESIDENT_ID","idNumber":"%s","phone":"13900139000"},
				 "materials":[{"itemMaterialNumber":%d,"original":true,"copies":1,"pages":3}]}"""
			.formatted(itemId, idNumber, materialNumber);
	}

	private MockHttpServletRequestBuilder submit(CaseworkUnit u, String body) {
		return post("/api/v1/cases").with(csrf())
			.with(user(u.username("c")).roles("WINDOW_CLERK"))
			.header("Accept-Language", "en")
			.contentType(MediaType.APPLICATION_JSON)
			.content(body);
	}

	private long count() {
		return jdbc.sql("select count(*) from casework.case_file").query(Long.class).single();
	}

	@Test
	void anInvalidIdCheckCharacterIsABadRequestNamingTheRule() throws Exception {
		CaseworkUnit u = unit();
		long before = count();

		mvc.perform(submit(u, submission(u.item.id(), CaseworkUnit.WRONG_CHECK, 1)))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.detail").value(containsString("check character")));
		assertThat(count()).isEqualTo(before);
	}

	@Test
	void anUnknownItemIsRefused() throws Exception {
		CaseworkUnit u = unit();
		long before = count();

		mvc.perform(submit(u, submission(987_654_321L, CaseworkUnit.RESIDENT_ID, 1)))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.detail").value(containsString("not published")));
		assertThat(count()).isEqualTo(before);
	}

	@Test
	void aMaterialNotOfTheItemIsABadRequest() throws Exception {
		CaseworkUnit u = unit();
		long before = count();

		mvc.perform(submit(u, submission(u.item.id(), CaseworkUnit.RESIDENT_ID, 9)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail").value(containsString("Material number 9")));
		assertThat(count()).isEqualTo(before);
	}

	@Test
	void theSameIdempotencyKeyCreatesOneCase() throws Exception {
		CaseworkUnit u = unit();
		long before = count();
		String first = mvc.perform(submit(u, submission(u.item.id(), CaseworkUnit.RESIDENT_ID, 1)).header("Idempotency-Key", "k1"))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		String second = mvc.perform(submit(u, submission(u.item.id(), CaseworkUnit.RESIDENT_ID, 1)).header("Idempotency-Key", "k1"))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();

		assertThat(id(second)).isEqualTo(id(first));
		assertThat(count()).isEqualTo(before + 1);
	}

	@Test
	void acceptingTwiceIsAConflictAndKeepsTheNumber() throws Exception {
		CaseworkUnit u = unit();
		long id = id(mvc.perform(submit(u, submission(u.item.id(), CaseworkUnit.RESIDENT_ID, 1)))
			.andReturn().getResponse().getContentAsString());
		mvc.perform(post("/api/v1/cases/{id}/acceptance", id).with(csrf()).with(user(u.username("c")).roles("WINDOW_CLERK")))
			.andExpect(status().isOk());
		String number = cases.caseFile(id).caseNumber();

		mvc.perform(post("/api/v1/cases/{id}/acceptance", id).with(csrf())
			.with(user(u.username("c")).roles("WINDOW_CLERK"))
			.header("Accept-Language", "en"))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail").value(containsString("Accepted")));
		assertThat(cases.caseFile(id).caseNumber()).isEqualTo(number);
	}

	@Test
	void completingBeforeTheLastStepIsRefused() throws Exception {
		CaseworkUnit u = unit();
		long id = accepted(u);

		mvc.perform(post("/api/v1/cases/{id}/completion", id).with(csrf())
			.with(user(u.username("h")).roles("DEPT_HEAD"))
			.header("Accept-Language", "en")
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"certificateName\":\"许可证\",\"certificateNumber\":\"X1\"}"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.detail").value(containsString("not done yet")));
		assertThat(cases.caseFile(id).state()).isEqualTo(CaseState.ACCEPTED);
	}

	@Test
	void anExtensionAfterTheDeadlineIsRefused() throws Exception {
		CaseworkUnit u = unit();
		long id = accepted(u);
		clock.set(at(3, 17, 9));

		mvc.perform(post("/api/v1/cases/{id}/extensions", id).with(csrf())
			.with(user(u.username("a")).roles("HANDLER"))
			.header("Accept-Language", "en")
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"workingDays\":2,\"reason\":\"来不及\"}"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.detail").value(containsString("before the deadline")));
		assertThat(jdbc.sql("select count(*) from casework.case_extension where case_id = :id").param("id", id)
			.query(Long.class).single()).isZero();
	}

	@Test
	void aWrongQueryCodeOrPhoneIsNotFoundWithoutSayingWhich() throws Exception {
		CaseworkUnit u = unit();
		long id = accepted(u);
		String code = cases.caseFile(id).queryCode();

		mvc.perform(get("/api/v1/public/progress").param("code", "NOSUCHCODE").param("phoneLast4", "8000")
			.header("Accept-Language", "en")).andExpect(status().isNotFound())
			.andExpect(jsonPath("$.detail").value(containsString("query code or the last four digits")));
		mvc.perform(get("/api/v1/public/progress").param("code", code).param("phoneLast4", "1234"))
			.andExpect(status().isNotFound());
		mvc.perform(get("/api/v1/public/progress").param("code", code).param("phoneLast4", "8000"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.maskedName").value("张**"))
			.andExpect(jsonPath("$.state").value("ACCEPTED"))
			.andExpect(content().string(org.hamcrest.Matchers.not(containsString(CaseworkUnit.PHONE))));
	}

	@Test
	void progressLookUpsFromOneAddressBeyondTheLimitAreRefusedWith429() throws Exception {
		// the default limit: 20 look-ups per address in ten minutes; this test's address is its own
		for (int i = 0; i < 20; i++) {
			mvc.perform(get("/api/v1/public/progress").param("code", "NOSUCHCODE").param("phoneLast4", "8000")
				.with(request -> { request.setRemoteAddr("192.0.2.61"); return request; }))
				.andExpect(status().isNotFound());
		}
		mvc.perform(get("/api/v1/public/progress").param("code", "NOSUCHCODE").param("phoneLast4", "8000")
			.with(request -> { request.setRemoteAddr("192.0.2.61"); return request; })
			.header("Accept-Language", "en"))
			.andExpect(status().isTooManyRequests())
			.andExpect(jsonPath("$.detail").value("Too many look-ups; please try again later."));
	}

	@Test
	void aCaseIsRatedOnceAfterCompletionAndABadRatingOpensRectification() throws Exception {
		CaseworkUnit u = unit();
		long id = completed(u);
		String code = cases.caseFile(id).queryCode();
		String rating = """
				{"queryCode":"%s","phoneLast4":"8000","overall":2,"efficiency":2,"serviceLevel":3,"attitude":2,
				 "comment":"等待太久","channel":"PROGRESS_PAGE"}""".formatted(code);

		mvc.perform(post("/api/v1/public/ratings").with(csrf()).contentType(MediaType.APPLICATION_JSON).content(rating))
			.andExpect(status().isNoContent());
		mvc.perform(post("/api/v1/public/ratings").with(csrf())
			.header("Accept-Language", "en")
			.contentType(MediaType.APPLICATION_JSON)
			.content(rating))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.detail").value(containsString("rated once")));

		assertThat(jdbc.sql("select count(*) from casework.rating where case_id = :id").param("id", id)
			.query(Long.class).single()).isEqualTo(1);
		assertThat(jdbc.sql("select head_staff_id from casework.rectification where case_id = :id").param("id", id)
			.query(Long.class).single()).isEqualTo(u.head.id());
	}

	@Test
	void rejectedRatingOfAnOpenCaseChangesNothing() {
		CaseworkUnit u = unit();
		long id = accepted(u);
		String code = cases.caseFile(id).queryCode();

		org.assertj.core.api.Assertions.assertThatThrownBy(() -> portal.rate(code, "8000", null,
				new NewRating(5, 5, 5, 5, null, RatingChannel.PROGRESS_PAGE), "test-" + u.tag))
			.hasMessage("casework.rating.notRateable");
	}

	/**
	 * 同岗替代 is per post (the source text 六(一), (五); decision 0055): when the holder of two posts is away and only
	 * one has the substitute, the substitute's work list holds the cases at that post and not those at the other, and
	 * they work the first on the holder's behalf but not the second.
	 */
	@Test
	void theSubstituteOfOneOfTwoPostsListsAndWorksOnlyThatPostsCases() throws Exception {
		TwoPosts two = twoPostsOfAnAbsentHolder("b");
		CaseworkUnit u = two.unit();

		assertThat(u.as("b", () -> cases.search(CaseQuery.of(CaseQuery.CaseList.MINE), null, null, 20)).rows())
			.filteredOn(summary -> summary.id() == two.handling() || summary.id() == two.review())
			.singleElement()
			.satisfies(summary -> {
				assertThat(summary.id()).isEqualTo(two.handling());
				assertThat(summary.onBehalf()).isTrue();
			});
		mvc.perform(get("/api/v1/cases").param("list", "MINE").with(user(u.username("b")).roles("HANDLER")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.rows[?(@.id == " + two.handling() + ")].onBehalf").value(true))
			.andExpect(jsonPath("$.rows[?(@.id == " + two.review() + ")]").isEmpty());
		mvc.perform(get("/cases").param("list", "MINE").with(user(u.username("b")).roles("HANDLER")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(cases.caseFile(two.handling()).caseNumber())))
			.andExpect(content().string(not(containsString(cases.caseFile(two.review()).caseNumber()))));

		// the substitute's department sees the case, but its step is not theirs to work
		mvc.perform(completion(u, "b", two.review(), 2, "同意"))
			.andExpect(status().is4xxClientError())
			.andExpect(jsonPath("$.detail").value(containsString("您不是该环节的承办人或代岗人")));
		assertUntouched(two);

		mvc.perform(completion(u, "b", two.handling(), 1, "材料齐全，同意"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.steps[0].completedBy").value(u.username("b")));
	}

	@Test
	void aSubstituteFromAnotherDepartmentReachesOnlyTheCoveredPostsCases() throws Exception {
		// the deputy, signed in as a handler of the office, reaches the registration's cases only by acting: they open
		// and work the covered post's case, and read it after their step moved it on (they worked it)
		TwoPosts two = twoPostsOfAnAbsentHolder("d");
		CaseworkUnit u = two.unit();

		assertThat(u.as("d", () -> cases.search(CaseQuery.of(null), null, null, 200)).rows())
			.extracting(CaseSummary::id)
			.contains(two.handling())
			.doesNotContain(two.review());
		assertThat(u.as("d", () -> cases.search(CaseQuery.of(CaseQuery.CaseList.MINE), null, null, 20)).rows())
			.extracting(CaseSummary::id)
			.contains(two.handling())
			.doesNotContain(two.review());
		mvc.perform(get("/api/v1/cases/{id}", two.review()).with(user(u.username("d")).roles("HANDLER")))
			.andExpect(status().isNotFound());
		mvc.perform(completion(u, "d", two.review(), 2, "同意"))
			.andExpect(status().isNotFound())
			.andExpect(jsonPath("$.detail").value(containsString("不在您的数据范围内")));
		assertUntouched(two);

		// the covered post's case opens for them, and still answers once their step has moved it on
		mvc.perform(get("/api/v1/cases/{id}", two.handling()).with(user(u.username("d")).roles("HANDLER")))
			.andExpect(status().isOk());
		mvc.perform(completion(u, "d", two.handling(), 1, "材料齐全，同意"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.steps[0].completedBy").value(u.username("d")));
		assertThat(cases.details(two.handling(), DataScope.wholeRegionScope()).steps().get(0).completedBy())
			.isEqualTo(u.username("d"));
		mvc.perform(get("/api/v1/cases/{id}", two.handling()).with(user(u.username("d")).roles("HANDLER")))
			.andExpect(status().isOk());
	}

	/** An absent holder's case at the post the substitute covers, and one at their other post, which nobody covers. */
	private record TwoPosts(CaseworkUnit unit, long handling, long review) {
	}

	/**
	 * The handler holds the review post too (alone, so that its steps come to them), which has no substitute; the
	 * handling post's substitute is the given person. One case waits at each post when the handler goes away.
	 */
	private TwoPosts twoPostsOfAnAbsentHolder(String substitute) {
		CaseworkUnit u = unit();
		CaseworkUnit.asAdmin(() -> {
			organization.releasePost(new StaffId(u.reviewer.id()), new PostId(u.reviewing.id()));
			organization.assignPost(new StaffId(u.handler.id()), new PostId(u.reviewing.id()));
			return null;
		});
		long staffId = "b".equals(substitute) ? u.backup.id() : u.deputy.id();
		u.as("h", () -> substitutes.assignSubstitute(new PostId(u.handling.id()), staffId, null));
		long atReview = accepted(u);
		u.as("a", () -> cases.completeStep(atReview, 1, "材料齐全，同意"));
		long atHandling = accepted(u);
		u.as("h", () -> substitutes.registerAbsence(new NewAbsence(u.handler.id(), AbsenceKind.LEAVE, at(3, 9, 8),
				at(3, 12, 18), "病假")));
		CaseStep review = cases.details(atReview, DataScope.wholeRegionScope()).openStep();
		assertThat(review.number()).isEqualTo(2);
		assertThat(review.staffId()).isEqualTo(u.handler.id());
		assertThat(cases.details(atHandling, DataScope.wholeRegionScope()).openStep().staffId())
			.isEqualTo(u.handler.id());
		return new TwoPosts(u, atHandling, atReview);
	}

	/** A handler of the unit completes a step through the API, in Chinese. */
	private static MockHttpServletRequestBuilder completion(CaseworkUnit u, String who, long id, int step,
			String opinion) {
		return post("/api/v1/cases/{id}/steps/{number}/completion", id, step).with(csrf())
			.with(user(u.username(who)).roles("HANDLER"))
			.header("Accept-Language", "zh-CN")
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"opinion\":\"" + opinion + "\"}");
	}

	/** The other post's case is still at its review step, with the holder, not done. */
	private void assertUntouched(TwoPosts two) {
		CaseStep step = cases.details(two.review(), DataScope.wholeRegionScope()).openStep();
		assertThat(step.number()).isEqualTo(2);
		assertThat(step.staffId()).isEqualTo(two.unit().handler.id());
		assertThat(step.completedOn()).isNull();
	}

	private long accepted(CaseworkUnit u) {
		long id = u.as("c", () -> cases.submit(u.submission(CaseworkUnit.RESIDENT_ID), null)).id();
		u.as("c", () -> cases.accept(id));
		return id;
	}

	private long completed(CaseworkUnit u) {
		long id = accepted(u);
		u.as("a", () -> cases.completeStep(id, 1, "同意"));
		u.as("r", () -> cases.completeStep(id, 2, "同意"));
		u.as("h", () -> cases.completeStep(id, 3, "准予"));
		u.as("h", () -> cases.complete(id, "食品经营许可证", "JY" + u.tag));
		return id;
	}

	private CaseworkUnit unit() {
		return new CaseworkUnit(organization, substitutes, catalog);
	}

	private static long id(String json) {
		return Long.parseLong(json.replaceAll("^\\{\"id\":(\\d+).*$", "$1").replaceAll("(?s)^.*?\"id\":(\\d+).*$", "$1"));
	}
}
