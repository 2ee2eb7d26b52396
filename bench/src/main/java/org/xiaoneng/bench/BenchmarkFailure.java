package org.xiaoneng.bench;

/**
 * A run that could not take its figures: a benchmark threw, or the application did not start. Requests answered
 * with an error status are figures, not failures.
 */
public final class BenchmarkFailure extends RuntimeException {

	public BenchmarkFailure(String message) {
		super(message);
	}

	public BenchmarkFailure(String message, Throwable cause) {
		super(message, cause);
	}
}
