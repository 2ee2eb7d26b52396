package org.xiaoneng.platform.database;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * The health component {@code sweeps}: DOWN while the latest run of some sweep, on whichever node, skipped rows or
 * stopped, so that monitoring sees a failing sweep rather than UP. Not part of the readiness group: a node whose
 * sweeps fail still serves requests, and the load balancer should keep sending them.
 */
@Component("sweepsHealthIndicator")
class SweepHealth implements HealthIndicator {

	private final Sweeps sweeps;

	private final NodeIdentity node;

	SweepHealth(Sweeps sweeps, NodeIdentity node) {
		this.sweeps = sweeps;
		this.node = node;
	}

	@Override
	public Health health() {
		Map<String, Object> runs = new LinkedHashMap<>();
		boolean failing = false;
		for (SweepRun run : sweeps.latestRuns()) {
			failing |= run.failing();
			Map<String, Object> details = new LinkedHashMap<>();
			details.put("result", run.result());
			details.put("node", run.node());
			details.put("startedAt", run.startedAt().toString());
			details.put("done", run.done());
			details.put("failed", run.failed());
			runs.put(run.sweep(), details);
		}
		return (failing ? Health.down() : Health.up()).withDetail("node", node.id()).withDetails(runs).build();
	}
}
