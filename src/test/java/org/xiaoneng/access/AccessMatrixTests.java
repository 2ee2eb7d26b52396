package org.xiaoneng.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.xiaoneng.access.AccessMatrix.Caller;
import org.xiaoneng.access.AccessMatrix.Endpoint;
import org.xiaoneng.testing.IntegrationTest;
import org.xiaoneng.testing.ListenersAtRest;
import org.xiaoneng.testing.MutableClock;

/**
 * The role × endpoint × scope matrix (issue 13, finding 1), asked of the running application: every endpoint it maps
 * is declared, and every caller gets what the declaration says. A role not allowed is refused; an allowed caller of
 * another unit is refused with 403 or 404 and changes nothing in any module's tables; an allowed caller of the
 * resource's own unit is let through.
 */
@IntegrationTest
class AccessMatrixTests {

	/** Module schemas whose rows a refused request must leave as they were (audit records refusals, rightly). */
	private static final List<String> SCHEMAS = List.of("organization", "substitution", "calendar", "catalog",
			"casework", "refusal", "inquiry", "notification", "security", "badge", "accountability", "disclosure",
			"evaluation");

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MutableClock clock;

	@Autowired
	ListenersAtRest listeners;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mappings;

	private static final byte[] PDF = "%PDF-1.4\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

	private final AccessMatrix matrix = AccessMatrix.load();

	private String fingerprintSql;

	private String fingerprintSnapshot;

	private Map<String, String> fingerprint;

	@Test
	void everyEndpointOfTheApplicationIsDeclaredAndEveryDeclaredOneExists() {
		Set<String> mapped = mappedEndpoints();
		Set<String> declared = matrix.endpoints().stream().map(Endpoint::key).collect(Collectors.toCollection(TreeSet::new));

		assertThat(difference(mapped, declared)).as("endpoints missing from " + AccessMatrix.RESOURCE).isEmpty();
		assertThat(difference(declared, mapped)).as("declared in " + AccessMatrix.RESOURCE + " but not mapped").isEmpty();
		assertThat(matrix.endpoints()).as("declared twice").doesNotHaveDuplicates();
	}

	@TestFactory
	Stream<DynamicTest> everyCallerGetsWhatTheMatrixSaysOfEveryEndpoint() {
		MatrixUnit own = new MatrixUnit(context, clock.instant());
		MatrixUnit other = new MatrixUnit(context, clock.instant());
		settle();
		List<DynamicTest> tests = new ArrayList<>();
		// refusals first: an in-scope write that succeeds changes rows, which must not be taken for a refused one's
		for (Endpoint endpoint : matrix.endpoints()) {
			if (endpoint.signIn()) {
				continue;
			}
			for (Caller caller : Caller.values()) {
				if (!endpoint.roles().contains(caller)) {
					tests.add(DynamicTest.dynamicTest(endpoint.key() + " refuses " + caller,
							() -> refusedForRole(endpoint, caller, own)));
				}
			}
		}
		for (Endpoint endpoint : matrix.endpoints()) {
			if (!endpoint.scoped() || endpoint.signIn()) {
				continue;
			}
			for (Caller caller : endpoint.roles()) {
				if (caller != Caller.ANONYMOUS && !matrix.wholeRegion(caller)
						&& own.resources.containsKey(endpoint.scope())) {
					tests.add(DynamicTest.dynamicTest(endpoint.key() + " refuses " + caller + " of another unit",
							() -> refusedOutsideScope(endpoint, caller, own, other)));
				}
			}
		}
		for (Endpoint endpoint : matrix.endpoints()) {
			if (endpoint.signIn()) {
				continue;
			}
			if (endpoint.scoped() && !own.resources.containsKey(endpoint.scope())) {
				continue; // no fixture of this kind yet (accounts, tokens, inbox messages, rectifications)
			}
			for (Caller caller : endpoint.isPublic() ? Set.of(Caller.ANONYMOUS) : endpoint.roles()) {
				if (endpoint.scoped() && !matrix.reachesInUnit(endpoint, caller)) {
					tests.add(DynamicTest.dynamicTest(endpoint.key() + " refuses " + caller + " of the unit, not theirs",
							() -> refusedOutsideScope(endpoint, caller, own, own)));
				}
				else {
					tests.add(DynamicTest.dynamicTest(endpoint.key() + " lets " + caller + " of the unit through",
							() -> allowedInScope(endpoint, caller, own)));
				}
			}
		}
		return tests.stream();
	}

	private void refusedForRole(Endpoint endpoint, Caller caller, MatrixUnit unit) throws Exception {
		Map<String, String> before = endpoint.isRead() ? Map.of() : checksums();
		MockHttpServletResponse response = perform(endpoint, caller, unit, unit).getResponse();
		int status = response.getStatus();
		assertThat(status).as("%s as %s: %s", endpoint.key(), caller, excerpt(response)).isLessThan(500);
		if (endpoint.isRead()) {
			// a body that fails validation is refused before method security looks at the role: refused all the same
			assertThat(status >= 400 || toSignIn(response)).as("%s as %s answered %d: %s", endpoint.key(), caller,
					status, excerpt(response)).isTrue();
			return;
		}
		// a page answers a refused form with the form and its message (200) or a redirect with it: what counts for a
		// write is that nothing changed
		settle();
		assertThat(changedTables(before, checksums())).as("tables changed by %s as %s (answered %d)", endpoint.key(),
				caller, status).isEmpty();
	}

	/** Sends the probe as a caller of {@code own} at the resources of {@code target}, which are not the caller's. */
	private void refusedOutsideScope(Endpoint endpoint, Caller caller, MatrixUnit own, MatrixUnit target)
			throws Exception {
		Map<String, String> before = endpoint.isRead() ? Map.of() : checksums();
		MvcResult result = perform(endpoint, caller, own, target);
		MockHttpServletResponse response = result.getResponse();
		// a page may answer a refused form with the form or a redirect carrying the message; an API refuses a write
		// with 422 when the caller may see the thing but it is not their work (docs/decisions/0004)
		boolean refusedWithMessage = !endpoint.isRead() && (endpoint.isApi() ? response.getStatus() == 422
				: carriesError(result));
		assertThat(refusedWithMessage || response.getStatus() == 403 || response.getStatus() == 404)
			.as("%s as %s answered %d at resources not theirs: %s", endpoint.key(), caller, response.getStatus(),
					excerpt(response))
			.isTrue();
		if (!endpoint.isRead()) {
			settle();
			assertThat(changedTables(before, checksums())).as("tables changed by %s as %s at resources not theirs", endpoint.key(), caller)
				.isEmpty();
		}
	}

	private void allowedInScope(Endpoint endpoint, Caller caller, MatrixUnit unit) throws Exception {
		if (endpoint.pattern().endsWith("/commitment/publication") || endpoint.pattern().endsWith("/commitment/publish")) {
			unit.draftCommitment(); // the caller before may have published the last draft
		}
		MockHttpServletResponse response = perform(endpoint, caller, unit, unit).getResponse();
		int status = response.getStatus();
		assertThat(status).as("%s as %s of the unit: %s", endpoint.key(), caller, excerpt(response)).isLessThan(500);
		if (!endpoint.isPublic()) {
			assertThat(status).as("%s as %s of the unit: %s", endpoint.key(), caller, excerpt(response))
				.isNotIn(401, 403, 404);
			assertThat(toSignIn(response)).as("%s as %s sent to sign in", endpoint.key(), caller).isFalse();
		}
		settle();
	}

	/** Sends the endpoint's probe as the caller of {@code callerUnit}, naming the resources of {@code target}. */
	private MvcResult perform(Endpoint endpoint, Caller caller, MatrixUnit callerUnit, MatrixUnit target)
			throws Exception {
		String path = AccessMatrix.target(endpoint, target.resources);
		String method = endpoint.method().equals("ANY") ? "GET" : endpoint.method();
		String body = endpoint.isRead() ? "" : AccessMatrix.body(endpoint, target.resources);
		// a form field written file=@name is an uploaded file of that name (a one-line PDF), sent as multipart
		boolean upload = body.contains("=@");
		AbstractMockHttpServletRequestBuilder<?> request = upload
				? MockMvcRequestBuilders.multipart(HttpMethod.valueOf(method), path)
				: MockMvcRequestBuilders.request(HttpMethod.valueOf(method), path);
		// a client address of its own, so the public forms' per-address limits of other tests never count these
		request.with(r -> {
			r.setRemoteAddr("203.0.113." + ThreadLocalRandom.current().nextInt(1, 255));
			return r;
		});
		if (caller != Caller.ANONYMOUS) {
			request.with(user(callerUnit.usernames.get(caller)).roles(caller.name()));
		}
		if (!endpoint.isRead()) {
			request.with(csrf());
			if (endpoint.isApi() && !upload && !body.isEmpty()) {
				request.contentType(MediaType.APPLICATION_JSON).content(body);
			}
			else if (!body.isEmpty()) {
				for (String field : body.split("&")) {
					String[] pair = field.split("=", 2);
					if (pair[1].startsWith("@")) {
						((MockMultipartHttpServletRequestBuilder) request).file(new MockMultipartFile(pair[0],
								pair[1].substring(1), "application/pdf", PDF));
					}
					else {
						request.param(pair[0], URLDecoder.decode(pair[1], StandardCharsets.UTF_8));
					}
				}
			}
		}
		return mvc.perform(request).andReturn();
	}

	/** Whether a page put a refusal's message on the form it shows again or on the page it redirects to. */
	private static boolean carriesError(MvcResult result) {
		ModelAndView page = result.getModelAndView();
		return result.getFlashMap().get("error") != null || page != null && page.getModel().get("error") != null;
	}

	private static boolean toSignIn(MockHttpServletResponse response) {
		String location = response.getRedirectedUrl();
		return response.getStatus() / 100 == 3 && location != null
				&& (location.contains("/login") || location.contains("/access-denied") || location.endsWith("/portal"));
	}

	private static String excerpt(MockHttpServletResponse response) throws Exception {
		String body = response.getContentAsString(StandardCharsets.UTF_8);
		String location = response.getRedirectedUrl();
		return (location == null ? "" : "→ " + location + " ") + body.substring(0, Math.min(body.length(), 300));
	}

	private Set<String> mappedEndpoints() {
		Set<String> mapped = new TreeSet<>();
		for (Map.Entry<RequestMappingInfo, ?> mapping : mappings.getHandlerMethods().entrySet()) {
			org.springframework.web.method.HandlerMethod handler = (org.springframework.web.method.HandlerMethod) mapping
				.getValue();
			if (!handler.getBeanType().getPackageName().startsWith("org.xiaoneng") || isTestFixture(handler.getBeanType())) {
				continue;
			}
			Set<RequestMethod> methods = mapping.getKey().getMethodsCondition().getMethods();
			for (String pattern : mapping.getKey().getPatternValues()) {
				if (methods.isEmpty()) {
					mapped.add("ANY " + pattern);
				}
				methods.forEach(method -> mapped.add(method.name() + " " + pattern));
			}
		}
		return mapped;
	}

	/** Controllers the test sources add to probe the error handling are not the application's endpoints. */
	private static boolean isTestFixture(Class<?> type) {
		var source = type.getProtectionDomain().getCodeSource();
		return source != null && source.getLocation().getPath().contains("test-classes");
	}

	private static Set<String> difference(Set<String> a, Set<String> b) {
		Set<String> left = new TreeSet<>(a);
		left.removeAll(b);
		return left;
	}

	/**
	 * A fingerprint of every table in the module schemas: its row count and the sum of its rows' creating transaction
	 * ids (xmin), which an insert, an update or a delete moves, without reading the rows' contents. It is taken again
	 * only when the database's snapshot has moved (a transaction got an id or is still running), so the cells that
	 * write nothing, most of them, cost one tiny query.
	 */
	private Map<String, String> checksums() {
		String snapshot = jdbc.sql("select pg_current_snapshot()::text").query(String.class).single();
		if (snapshot.equals(fingerprintSnapshot)) {
			return fingerprint;
		}
		if (fingerprintSql == null) {
			List<String> tables = jdbc.sql("""
					select table_schema || '.' || table_name from information_schema.tables
					where table_schema in (:schemas) and table_type = 'BASE TABLE' order by 1""")
				.param("schemas", SCHEMAS)
				.query(String.class)
				.list();
			fingerprintSql = tables.stream().map(AccessMatrixTests::fingerprintOf).collect(Collectors.joining(" union all "));
		}
		Map<String, String> sums = new TreeMap<>();
		jdbc.sql(fingerprintSql).query((rs, row) -> sums.put(rs.getString(1), rs.getString(2))).list();
		fingerprint = sums;
		fingerprintSnapshot = snapshot;
		return sums;
	}

	private static String fingerprintOf(String table) {
		// The dispatcher sends queued messages on its own schedule (DispatchSchedule) and moves their status then;
		// what a request can do to the outbox is to add a message or mark one read, so that is what is compared.
		String value = table.equals("notification.message") ? "count(*) || '/' || count(read_at)"
				: "count(*) || '/' || coalesce(sum(xmin::text::bigint), 0)";
		return "select '" + table + "' as t, " + value + " as v from " + table;
	}

	private static Set<String> changedTables(Map<String, String> before, Map<String, String> after) {
		return after.keySet().stream().filter(table -> !Objects.equals(before.get(table), after.get(table)))
			.collect(Collectors.toCollection(TreeSet::new));
	}

	/** Waits until the event listeners have handled what the last request published (they run after commit). */
	private void settle() {
		listeners.await(Duration.ofSeconds(3));
	}
}
