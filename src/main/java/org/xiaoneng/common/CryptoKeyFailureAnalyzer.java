package org.xiaoneng.common;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Reports a refused SM4 key at start as Spring Boot's short "APPLICATION FAILED TO START" block with what to do,
 * instead of a stack trace in which the operator has to find the reason.
 */
class CryptoKeyFailureAnalyzer extends AbstractFailureAnalyzer<CryptoKeyMismatchException> {

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, CryptoKeyMismatchException cause) {
		return new FailureAnalysis(cause.description(), cause.action(), cause);
	}
}
