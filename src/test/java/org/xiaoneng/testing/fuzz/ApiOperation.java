package org.xiaoneng.testing.fuzz;

import java.util.List;

import tools.jackson.databind.JsonNode;

/**
 * One operation of the API document: method, path template, parameters and the request body's media type and schema
 * ({@code null} when it takes no body).
 */
public record ApiOperation(String method, String path, List<Parameter> parameters, String bodyType,
		JsonNode bodySchema, boolean bodyRequired) {

	/** A path or query parameter with its schema. */
	public record Parameter(String name, String in, boolean required, JsonNode schema) {
	}

	/** How the operation is named in reports, e.g. {@code POST /api/v1/cases}. */
	public String key() {
		return method + " " + path;
	}

	public boolean takesJson() {
		return "application/json".equals(bodyType);
	}
}
