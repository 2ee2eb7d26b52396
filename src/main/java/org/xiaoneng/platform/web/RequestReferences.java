package org.xiaoneng.platform.web;

import java.io.IOException;
import java.util.Optional;
import java.util.regex.Pattern;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.core.Ordered;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.DisconnectedClientHelper;
import org.xiaoneng.common.ReadableCodes;

/**
 * Gives every request a short reference that an error page or problem shows to the user and the log records with the
 * failure, so that support can find the one log entry a user reports without the user ever seeing exception text.
 * It is also the last line of defence for pages: an exception nobody handled is logged here with its reference and
 * answered with the friendly 500 page, and parameters the container could not read get its 400 or 413 page.
 */
@Component
class RequestReferences extends OncePerRequestFilter implements Ordered {

	static final String ATTRIBUTE = RequestReferences.class.getName() + ".reference";

	static final String HEADER = "X-Request-Id";

	static final String LOG_KEY = "reference";

	private static final Logger LOG = LoggerFactory.getLogger(RequestReferences.class);

	/** A reference set by a proxy in front of us is kept only if it cannot forge log lines. */
	private static final Pattern UPSTREAM = Pattern.compile("[A-Za-z0-9._-]{8,64}");

	@Override
	public int getOrder() {
		return Ordered.HIGHEST_PRECEDENCE + 10;
	}

	/** The error page of a request runs through here too, to keep the request's reference in the log. */
	@Override
	protected boolean shouldNotFilterErrorDispatch() {
		return false;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String reference = of(request);
		if (reference == null) {
			reference = reference(request);
			request.setAttribute(ATTRIBUTE, reference);
			response.setHeader(HEADER, reference);
		}
		MDC.put(LOG_KEY, reference);
		try {
			chain.doFilter(request, response);
		}
		catch (ServletException | IOException | RuntimeException e) {
			if (request.getDispatcherType() == DispatcherType.ERROR
					|| DisconnectedClientHelper.isClientDisconnectedException(e)) {
				throw e;
			}
			Optional<HttpStatus> refused = UnreadableRequests.statusOf(e);
			if (refused.isPresent()) {
				LOG.debug("Unreadable request parameters on {}, reference {}", ApiRequests.path(request), reference, e);
			}
			else {
				LOG.error("Unhandled error on {} {}, reference {}", request.getMethod(), ApiRequests.path(request), reference, e);
			}
			if (!response.isCommitted()) {
				response.sendError(refused.orElse(HttpStatus.INTERNAL_SERVER_ERROR).value());
			}
		}
		finally {
			MDC.remove(LOG_KEY);
		}
	}

	/** The reference of the current request, or {@code null} outside one. */
	static String of(HttpServletRequest request) {
		return request.getAttribute(ATTRIBUTE) instanceof String reference ? reference : null;
	}

	private String reference(HttpServletRequest request) {
		String upstream = request.getHeader(HEADER);
		if (upstream != null && UPSTREAM.matcher(upstream).matches()) {
			return upstream;
		}
		return String.join("-", ReadableCodes.next(4), ReadableCodes.next(4), ReadableCodes.next(4));
	}
}
