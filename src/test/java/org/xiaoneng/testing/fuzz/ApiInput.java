package org.xiaoneng.testing.fuzz;

/**
 * One generated request: the operation it targets, the method, the target (path and query, already percent-encoded),
 * the body with its content type (both {@code null} without a body), and what was done to it ({@code valid} or the
 * mutations applied), so that a finding can be reproduced from the report.
 */
public record ApiInput(ApiOperation operation, String method, String target, String contentType, String body,
		String mutation) {

	public boolean valid() {
		return ApiInputs.VALID.equals(mutation);
	}

	/** The request in one line for a report, the body cut short. */
	public String describe() {
		String shown = body == null ? "" : " " + (body.length() > 300 ? body.substring(0, 300) + "…" : body);
		return method + " " + (target.length() > 300 ? target.substring(0, 300) + "…" : target) + " [" + mutation + "]"
				+ shown;
	}
}
