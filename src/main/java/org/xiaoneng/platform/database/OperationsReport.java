package org.xiaoneng.platform.database;

import java.util.List;
import java.util.Map;

/**
 * What an operator checks on a node: which node it is, the database it runs on, the schema's migrations, the last
 * run of every sweep (whichever node ran it) and the state of every health component.
 *
 * @param node this node's id
 * @param database the database server as it reports itself
 * @param migrations applied and pending migrations per module
 * @param sweeps the latest run of each sweep
 * @param health each health component's status, by name
 */
public record OperationsReport(String node, DatabaseFacts database, List<ModuleMigrations> migrations,
		List<SweepRun> sweeps, Map<String, String> health) {

	/** Whether something needs an operator: a failing sweep, a pending migration or a component not UP. */
	public boolean failing() {
		return sweeps.stream().anyMatch(SweepRun::failing)
				|| migrations.stream().anyMatch(module -> !module.pending().isEmpty())
				|| health.values().stream().anyMatch(status -> !"UP".equals(status));
	}

	/**
	 * The database server.
	 *
	 * @param product product name, e.g. PostgreSQL
	 * @param version server version
	 * @param embedded whether this node started it itself (no {@code spring.datasource.url})
	 * @param fsync the server's {@code fsync} setting
	 * @param synchronousCommit the server's {@code synchronous_commit} setting
	 */
	public record DatabaseFacts(String product, String version, boolean embedded, String fsync,
			String synchronousCommit) {

		/** Whether an acknowledged commit survives a crash of the server. */
		public boolean durable() {
			return "on".equals(fsync) && !"off".equals(synchronousCommit);
		}
	}

	/**
	 * One module's version line.
	 *
	 * @param module the module's migration folder ({@code __root} for shared tables)
	 * @param applied how many migrations succeeded
	 * @param latest the latest applied version, or null
	 * @param pending versions shipped with this node and not applied
	 */
	public record ModuleMigrations(String module, int applied, String latest, List<String> pending) {
	}
}
