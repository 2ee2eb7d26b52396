package org.xiaoneng.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletResponse;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.AbstractPlatformTransactionManager;
import org.springframework.transaction.support.DefaultTransactionStatus;
import org.springframework.transaction.support.SmartTransactionObject;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/** An API request is one transaction, its answer leaves after the commit; pages keep their facades' transactions. */
class ApiRequestTransactionsTests {

	private final RecordingTransactions transactions = new RecordingTransactions();

	private final ApiRequestTransactions filter = new ApiRequestTransactions(transactions);

	private final MockHttpServletResponse response = new MockHttpServletResponse();

	@Test
	void anApiRequestCommitsOnceAndAnswersOnlyAfterTheCommit() throws Exception {
		filter.doFilter(api(), response, new MockFilterChain(new AnsweringServlet(), (request, answer, chain) -> {
			assertThat(TransactionSynchronizationManager.isActualTransactionActive()).isTrue();
			answer.getWriter().write("{\"done\":true}");
		}));

		assertThat(transactions.events).containsExactly("begin", "commit, answer held back");
		assertThat(response.getContentAsString()).isEqualTo("{\"done\":true}");
	}

	@Test
	void aFacadeFailureRollsTheWholeRequestBackAndTheProblemStillGoesOut() throws Exception {
		filter.doFilter(api(), response, new MockFilterChain(new AnsweringServlet(), (request, answer, chain) -> {
			try {
				new TransactionTemplate(transactions).executeWithoutResult(facade -> {
					throw new IllegalStateException("refused by a rule");
				});
			}
			catch (IllegalStateException refused) {
				((HttpServletResponse) answer).setStatus(422);
				answer.getWriter().write("{\"title\":\"refused\"}");
			}
		}));

		assertThat(transactions.events).containsExactly("begin", "rollback");
		assertThat(response.getStatus()).isEqualTo(422);
		assertThat(response.getContentAsString()).isEqualTo("{\"title\":\"refused\"}");
	}

	@Test
	void anExceptionRollsBackAndTravelsOn() {
		assertThatThrownBy(() -> filter.doFilter(api(), response, new MockFilterChain(new AnsweringServlet(),
				(request, answer, chain) -> {
					throw new IllegalStateException("boom");
				}))).isInstanceOf(IllegalStateException.class);

		assertThat(transactions.events).containsExactly("begin", "rollback");
	}

	@Test
	void aPublicApiRequestOpensNoTransactionSoThatItsLimitIsCountedBeforeAnyOpens() throws Exception {
		filter.doFilter(new MockHttpServletRequest("GET", "/api/v1/public/progress"), response,
				new MockFilterChain(new AnsweringServlet(), (request, answer, chain) -> assertThat(
						TransactionSynchronizationManager.isActualTransactionActive()).isFalse()));

		assertThat(transactions.events).isEmpty();
	}

	@Test
	void aPageRequestOpensNoTransaction() throws Exception {
		filter.doFilter(new MockHttpServletRequest("GET", "/cases/1"), response, new MockFilterChain());

		assertThat(transactions.events).isEmpty();
	}

	private static MockHttpServletRequest api() {
		return new MockHttpServletRequest("POST", "/api/v1/cases/1/acceptance");
	}

	private static final class AnsweringServlet extends HttpServlet {
	}

	/** A transaction manager that records what the filter asks of it, and whether the client had the answer by then. */
	private final class RecordingTransactions extends AbstractPlatformTransactionManager {

		final List<String> events = new ArrayList<>();

		private final Connection connection = new Connection();

		@Override
		protected Object doGetTransaction() {
			return connection;
		}

		@Override
		protected boolean isExistingTransaction(Object transaction) {
			return connection.open;
		}

		@Override
		protected void doBegin(Object transaction, TransactionDefinition definition) {
			connection.open = true;
			events.add("begin");
		}

		@Override
		protected void doCommit(DefaultTransactionStatus status) {
			events.add(response.getContentAsByteArray().length == 0 ? "commit, answer held back" : "commit, answer sent");
		}

		@Override
		protected void doRollback(DefaultTransactionStatus status) {
			events.add("rollback");
		}

		@Override
		protected void doSetRollbackOnly(DefaultTransactionStatus status) {
			connection.rollbackOnly = true;
		}

		@Override
		protected void doCleanupAfterCompletion(Object transaction) {
			connection.open = false;
		}
	}

	private static final class Connection implements SmartTransactionObject {

		boolean open;

		boolean rollbackOnly;

		@Override
		public boolean isRollbackOnly() {
			return rollbackOnly;
		}

		@Override
		public void flush() {
		}
	}
}
