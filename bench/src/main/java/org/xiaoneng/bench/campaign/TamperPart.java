package org.xiaoneng.bench.campaign;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.xiaoneng.bench.BenchmarkFailure;
import org.xiaoneng.bench.Settings;
import org.xiaoneng.bench.casework.Database;
import org.xiaoneng.bench.http.LocalServer;

/**
 * Campaign item (g): audit tampering as a database superuser, against a freshly started demo application. Each attack
 * switches the append-only triggers off (replication mode, as a superuser can), commits, asks
 * {@code GET /api/v1/audit/verify} as the auditor whether it sees it, and is then undone, so that the next attack
 * starts from an intact chain: an edited entry, the newest entries deleted, an archive anchor forged to start
 * verification after an edited entry.
 */
final class TamperPart implements CampaignPart {

	private static final String PART = "tamper";

	/** The demo auditor's API token (root README, "Demo logins"). */
	private static final String AUDITOR_TOKEN = "xnt_demo_auditor_2026";

	private static final Pattern INTACT = Pattern.compile("\"intact\"\\s*:\\s*(true|false)");

	private static final Pattern REASON = Pattern.compile("\"reason\"\\s*:\\s*\"([A-Z_]+)\"");

	private static final Duration CHAINED_LIMIT = Duration.ofSeconds(60);

	@Override
	public String name() {
		return PART;
	}

	@Override
	public void run(Settings settings, Verdicts verdicts) {
		int databasePort;
		try {
			databasePort = LocalServer.freeLoopbackPort();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		HttpClient client = HttpClient.newBuilder()
			.version(HttpClient.Version.HTTP_1_1)
			.connectTimeout(Duration.ofSeconds(5))
			.build();
		try (LocalServer server = LocalServer.start(client, directory -> List.of("--spring.profiles.active=demo",
				"--xiaoneng.database.embedded.port=" + databasePort));
				Connection superuser = Database.in(server.directory().resolve("postgres"), databasePort, "xiaoneng")
					.connect()) {
			Verifier verifier = new Verifier(client, server.baseUrl());
			awaitEverythingChained(superuser);
			verdicts.holds(PART, "untouched chain verifies intact", verifier.verify().intact(),
					"verify before any tampering");

			Verification edited = attack(superuser, verifier, """
					create temp table original as
					  select seq, after_summary from audit.entry
					  where chain_position = (select chain_position - 5 from audit.chain_head);
					update audit.entry e set after_summary = coalesce(e.after_summary, '') || ' (edited)'
					  from original o where e.seq = o.seq
					""", """
					update audit.entry e set after_summary = o.after_summary from original o where e.seq = o.seq;
					drop table original
					""");
			report(verdicts, "edited entry detected", edited, Set.of("HASH_MISMATCH"));

			Verification truncated = attack(superuser, verifier, """
					create temp table tail as
					  select * from audit.entry where chain_position > (select chain_position - 3 from audit.chain_head);
					delete from audit.entry where seq in (select seq from tail)
					""", """
					insert into audit.entry overriding system value select * from tail;
					drop table tail
					""");
			// a verification entry chained after the deletion turns the missing tail into a gap before it
			report(verdicts, "deleted tail detected", truncated, Set.of("TRUNCATED", "MISSING_PREDECESSOR"));

			Verification forged = attack(superuser, verifier, """
					create temp table forged as
					  select e.seq, e.after_summary, h.chain_position - 2 as anchor
					  from audit.entry e, audit.chain_head h where e.chain_position = h.chain_position - 4;
					update audit.entry e set after_summary = coalesce(e.after_summary, '') || ' (edited)'
					  from forged f where e.seq = f.seq;
					insert into audit.chain_anchor (chain_position, hash, archived_before, archived_entries, archived_at,
					  archived_by)
					select e.chain_position, e.hash, current_date - 200, e.chain_position, now(), 'auditor'
					from audit.entry e join forged f on e.chain_position = f.anchor
					""", """
					delete from audit.chain_anchor where chain_position = (select anchor from forged);
					update audit.entry e set after_summary = f.after_summary from forged f where e.seq = f.seq;
					drop table forged
					""");
			report(verdicts, "forged anchor over an edited entry detected", forged, Set.of("FORGED_ANCHOR"));

			verdicts.holds(PART, "chain verifies intact once every attack is undone", verifier.verify().intact(),
					"the campaign's own undoing is exact");
		}
		catch (SQLException e) {
			throw new BenchmarkFailure("Cannot tamper with the audit tables: " + e.getMessage(), e);
		}
	}

	/** Commits the tampering around the triggers, asks verification, then undoes the tampering the same way. */
	private static Verification attack(Connection superuser, Verifier verifier, String tampering, String undoing)
			throws SQLException {
		aroundTriggers(superuser, tampering);
		try {
			return verifier.verify();
		}
		finally {
			aroundTriggers(superuser, undoing);
		}
	}

	private static void aroundTriggers(Connection superuser, String sql) throws SQLException {
		superuser.setAutoCommit(false);
		try (Statement statement = superuser.createStatement()) {
			statement.execute("set local session_replication_role = replica");
			statement.execute(sql);
			superuser.commit();
		}
		catch (SQLException e) {
			superuser.rollback();
			throw e;
		}
		finally {
			superuser.setAutoCommit(true);
		}
	}

	/** The demo data is audited as it is created; the attacks need a settled chain of some length to work on. */
	private static void awaitEverythingChained(Connection superuser) throws SQLException {
		long deadline = System.nanoTime() + CHAINED_LIMIT.toNanos();
		try (Statement statement = superuser.createStatement()) {
			while (System.nanoTime() < deadline) {
				var rows = statement.executeQuery("""
						select (select count(*) from audit.entry where chain_position is null),
						       (select chain_position from audit.chain_head)
						""");
				rows.next();
				if (rows.getLong(1) == 0 && rows.getLong(2) >= 6) {
					return;
				}
				pause();
			}
		}
		throw new BenchmarkFailure("The demo's audit entries were not chained within " + CHAINED_LIMIT.toSeconds() + " s");
	}

	private static void report(Verdicts verdicts, String check, Verification verification, Set<String> expected) {
		verdicts.holds(PART, check, !verification.intact() && expected.contains(verification.reason()),
				"verify reported " + (verification.intact() ? "intact" : verification.reason()) + ", expected "
						+ String.join(" or ", new TreeSet<>(expected)));
	}

	private static void pause() {
		try {
			Thread.sleep(200);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new BenchmarkFailure("Interrupted while waiting for the audit chainer");
		}
	}

	/** What {@code GET /api/v1/audit/verify} answered. */
	private record Verification(boolean intact, String reason) {
	}

	/** The verification endpoint as the demo auditor calls it. */
	private record Verifier(HttpClient client, URI baseUrl) {

		Verification verify() {
			HttpRequest request = HttpRequest.newBuilder(URI.create(baseUrl + "/api/v1/audit/verify"))
				.header("Authorization", "Bearer " + AUDITOR_TOKEN)
				.timeout(Duration.ofSeconds(120))
				.build();
			HttpResponse<String> response;
			try {
				response = client.send(request, HttpResponse.BodyHandlers.ofString());
			}
			catch (IOException e) {
				throw new UncheckedIOException(e);
			}
			catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				throw new BenchmarkFailure("Interrupted while verifying the audit chain");
			}
			if (response.statusCode() != 200) {
				throw new BenchmarkFailure("GET /api/v1/audit/verify answered " + response.statusCode() + ": "
						+ response.body());
			}
			Matcher intact = INTACT.matcher(response.body());
			if (!intact.find()) {
				throw new BenchmarkFailure("GET /api/v1/audit/verify answered without intact: " + response.body());
			}
			Matcher reason = REASON.matcher(response.body());
			return new Verification(Boolean.parseBoolean(intact.group(1)), reason.find() ? reason.group(1) : null);
		}
	}
}
