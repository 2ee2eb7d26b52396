package org.xiaoneng.bench.http;

import java.util.List;

/**
 * The HTTP scenarios bench/run measures, in this order. An issue that needs a figure from the running server adds
 * its line here.
 */
final class Scenarios {

	private Scenarios() {
	}

	static List<Scenario> all() {
		return List.of(
				// what a load balancer asks every node several times a second
				Scenario.get("/actuator/health"),
				// the first page every member of staff opens, served without a session
				Scenario.get("/login"),
				// the public deadline question, with its explanation, as other systems and the portal ask it
				Scenario.get("/api/v1/calendar/deadline?from=2025-09-26&workingDays=20"));
	}
}
