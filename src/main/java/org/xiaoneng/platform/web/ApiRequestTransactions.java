package org.xiaoneng.platform.web;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.DefaultTransactionDefinition;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * One transaction per API request (docs/decisions/0029): the token check, the caller's data scope, the command and
 * the answer's reads all take part in it, so a user action costs one commit, not one per facade call. The facades
 * keep their own boundaries everywhere else (pages, sweeps, listeners, the public API); a facade that needs its own
 * transactions says so ({@code NOT_SUPPORTED}, {@code REQUIRES_NEW}) and still gets them.
 * <p>
 * A facade call that fails marks the transaction for rollback as it did on its own, and then nothing of the request
 * is kept; a refusal that a facade records on purpose (its {@code noRollbackFor}) is committed as before. The answer
 * is held back until the commit, so a client never reads an answer for a write that did not commit.
 */
@Component
class ApiRequestTransactions extends OncePerRequestFilter implements Ordered {

	private static final String PUBLIC_API = "/api/v1/public/";

	private final PlatformTransactionManager transactions;

	ApiRequestTransactions(PlatformTransactionManager transactions) {
		this.transactions = transactions;
	}

	/** After {@link RequestReferences}, which logs and answers what escapes here; before Spring Security. */
	@Override
	public int getOrder() {
		return Ordered.HIGHEST_PRECEDENCE + 20;
	}

	/**
	 * The public API ({@code /api/v1/public/**}) is left to its facades: it has no token to check and no caller's
	 * scope, one facade call makes its request, and its rate-limited calls count each attempt before any transaction
	 * opens (docs/decisions/0048), which a transaction of the request's would make impossible.
	 */
	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !ApiRequests.isApi(request) || ApiRequests.path(request).startsWith(PUBLIC_API);
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		ContentCachingResponseWrapper answer = new ContentCachingResponseWrapper(response);
		TransactionStatus transaction = transactions.getTransaction(new DefaultTransactionDefinition());
		try {
			chain.doFilter(request, answer);
		}
		catch (ServletException | IOException | RuntimeException | Error e) {
			transactions.rollback(transaction);
			throw e;
		}
		if (transaction.isRollbackOnly()) {
			// marked by a facade call that failed: rolled back quietly, its answer (a problem) goes out as it is
			transactions.rollback(transaction);
		}
		else {
			transactions.commit(transaction);
		}
		answer.copyBodyToResponse();
	}
}
