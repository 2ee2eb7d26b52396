package org.xiaoneng.platform.web;

import java.util.Optional;

import org.apache.tomcat.util.http.InvalidParameterException;
import org.springframework.http.HttpStatus;

/**
 * Requests whose parameters the servlet container refuses to read (a form above Tomcat's form-size limit, too many
 * parameters, broken encoding). Tomcat reports them with an exception wherever a parameter is first read; they are the
 * client's error, answered with Tomcat's status (400 or 413), not a server error.
 */
final class UnreadableRequests {

	private UnreadableRequests() {
	}

	/** The status to answer a failure with, if the container refused the request's parameters. */
	static Optional<HttpStatus> statusOf(Throwable failure) {
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			if (cause instanceof InvalidParameterException refused) {
				HttpStatus status = HttpStatus.resolve(refused.getErrorCode());
				return Optional.of(status != null && status.is4xxClientError() ? status : HttpStatus.BAD_REQUEST);
			}
		}
		return Optional.empty();
	}
}
