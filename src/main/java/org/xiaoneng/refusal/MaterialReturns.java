package org.xiaoneng.refusal;

import static org.xiaoneng.common.Columns.instant;
import static org.xiaoneng.common.Columns.time;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.xiaoneng.common.Cryptography;

/** The returns of materials, one per filing, with the collector's signature. */
@Repository
class MaterialReturns {

	private final JdbcClient jdbc;

	private final Cryptography cryptography;

	MaterialReturns(JdbcClient jdbc, Cryptography cryptography) {
		this.jdbc = jdbc;
		this.cryptography = cryptography;
	}

	/** A signature image or scanned slip with its media type. */
	record Signature(String mediaType, byte[] bytes) {
	}

	/** @throws MaterialsAlreadyReturnedException when a concurrent request recorded the return first */
	long insert(long refusalId, long caseId, NewMaterialReturn request, String maskedId, String mediaType,
			LocalDate returnedOn, long staffId, String staffName, Instant at) {
		try {
			return jdbc.sql("""
					insert into refusal.material_return (filing_id, case_id, materials, collector_name,
					collector_masked_id, collector_id_number, signature_kind, signature_media_type, signature,
					returned_on, staff_id, staff_name, recorded_at)
					values (:filing, :caseId, :materials, :collector, :maskedId, :idNumber, :kind, :mediaType, :signature,
					:returnedOn, :staffId, :staffName, :at) returning id""")
				.param("filing", refusalId)
				.param("caseId", caseId)
				.param("materials", String.join("\n", request.materials()))
				.param("collector", request.collectorName().strip())
				.param("maskedId", maskedId)
				.param("idNumber", cryptography.encrypt(request.collectorIdNumber().strip()))
				.param("kind", request.signatureKind().name())
				.param("mediaType", mediaType)
				.param("signature", request.signature())
				.param("returnedOn", returnedOn)
				.param("staffId", staffId)
				.param("staffName", staffName)
				.param("at", time(at))
				.query(Long.class)
				.single();
		}
		catch (DuplicateKeyException concurrent) {
			throw new MaterialsAlreadyReturnedException();
		}
	}

	Optional<MaterialReturn> ofFiling(long refusalId) {
		return jdbc.sql("select * from refusal.material_return where filing_id = :id")
			.param("id", refusalId)
			.query(MaterialReturns::materialReturn)
			.optional();
	}

	List<MaterialReturn> ofCase(long caseId) {
		return jdbc.sql("select * from refusal.material_return where case_id = :id order by id")
			.param("id", caseId)
			.query(MaterialReturns::materialReturn)
			.list();
	}

	Optional<Signature> signature(long refusalId) {
		return jdbc.sql("select signature_media_type, signature from refusal.material_return where filing_id = :id")
			.param("id", refusalId)
			.query((rs, row) -> new Signature(rs.getString("signature_media_type"), rs.getBytes("signature")))
			.optional();
	}

	private static MaterialReturn materialReturn(ResultSet rs, int row) throws SQLException {
		return new MaterialReturn(rs.getLong("id"), rs.getLong("filing_id"), rs.getLong("case_id"),
				Arrays.asList(rs.getString("materials").split("\n")), rs.getString("collector_name"),
				rs.getString("collector_masked_id"), SignatureKind.valueOf(rs.getString("signature_kind")),
				rs.getObject("returned_on", LocalDate.class), rs.getString("staff_name"),
				instant(rs, "recorded_at"));
	}
}
