package org.xiaoneng.catalog;

import static org.xiaoneng.common.Columns.time;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** The units' service commitments, version by version. */
@Repository
class Commitments {

	private final JdbcClient jdbc;

	private final JsonMapper json;

	Commitments(JdbcClient jdbc, JsonMapper json) {
		this.jdbc = jdbc;
		this.json = json;
	}

	void insert(long unitId, int version, CommitmentDraft draft, String by, Instant at) {
		jdbc.sql("""
				insert into catalog.commitment (unit_id, version, status, preamble, promises, drafted_by, drafted_at)
				values (:unit, :version, 'DRAFT', :preamble, cast(:promises as jsonb), :by, :at)""")
			.param("unit", unitId)
			.param("version", version)
			.param("preamble", draft.preamble())
			.param("promises", json.writeValueAsString(draft.promises()))
			.param("by", by)
			.param("at", time(at))
			.update();
	}

	void update(long unitId, int version, CommitmentDraft draft, String by, Instant at) {
		jdbc.sql("""
				update catalog.commitment set preamble = :preamble, promises = cast(:promises as jsonb),
				drafted_by = :by, drafted_at = :at where unit_id = :unit and version = :version and status = 'DRAFT'""")
			.param("unit", unitId)
			.param("version", version)
			.param("preamble", draft.preamble())
			.param("promises", json.writeValueAsString(draft.promises()))
			.param("by", by)
			.param("at", time(at))
			.update();
	}

	void publish(long unitId, int version, long signer, LocalDate signedOn, String by, Instant at) {
		jdbc.sql("update catalog.commitment set status = 'SUPERSEDED' where unit_id = :unit and status = 'PUBLISHED'")
			.param("unit", unitId)
			.update();
		jdbc.sql("""
				update catalog.commitment set status = 'PUBLISHED', signer_staff_id = :signer, signed_on = :signedOn,
				published_by = :by, published_at = :at where unit_id = :unit and version = :version""")
			.param("unit", unitId)
			.param("version", version)
			.param("signer", signer)
			.param("signedOn", signedOn)
			.param("by", by)
			.param("at", time(at))
			.update();
	}

	Optional<ServiceCommitment> latest(long unitId) {
		return jdbc.sql("select * from catalog.commitment where unit_id = :unit order by version desc limit 1")
			.param("unit", unitId)
			.query(this::commitment)
			.optional();
	}

	Optional<ServiceCommitment> published(long unitId) {
		return jdbc.sql("select * from catalog.commitment where unit_id = :unit and status = 'PUBLISHED'")
			.param("unit", unitId)
			.query(this::commitment)
			.optional();
	}

	List<ServiceCommitment> of(long unitId) {
		return jdbc.sql("select * from catalog.commitment where unit_id = :unit order by version")
			.param("unit", unitId)
			.query(this::commitment)
			.list();
	}

	private ServiceCommitment commitment(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
		return new ServiceCommitment(rs.getLong("unit_id"), rs.getInt("version"),
				CommitmentStatus.valueOf(rs.getString("status")), rs.getString("preamble"),
				json.readValue(rs.getString("promises"), new TypeReference<List<Promise>>() {
				}), rs.getObject("signer_staff_id", Long.class), rs.getObject("signed_on", LocalDate.class));
	}
}
