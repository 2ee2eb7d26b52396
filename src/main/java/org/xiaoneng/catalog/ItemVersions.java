package org.xiaoneng.catalog;

import static org.xiaoneng.common.Columns.time;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Items and their versions; the lists of a version are JSON arrays of the public records. */
@Repository
class ItemVersions {

	private final JdbcClient jdbc;

	private final JsonMapper json;

	private final RowMapper<ServiceItem> mapper = this::item;

	ItemVersions(JdbcClient jdbc, JsonMapper json) {
		this.jdbc = jdbc;
		this.json = json;
	}

	/** A new item with its first version, a draft; the implementation code is unique among items. */
	long insertItem(ItemDraft draft, String by, Instant at) {
		try {
			return jdbc.sql("""
					insert into catalog.item (implementation_code, unit_id, created_by, created_at)
					values (:code, :unit, :by, :at) returning id""")
				.param("code", draft.implementationCode())
				.param("unit", draft.unitId())
				.param("by", by)
				.param("at", time(at))
				.query(Long.class)
				.single();
		}
		catch (DuplicateKeyException concurrent) {
			throw new ImplementationCodeTakenException(draft.implementationCode());
		}
	}

	/** Whether another item uses the implementation code (now or in any of its versions). */
	boolean codeTaken(String code, Long exceptItemId) {
		return jdbc.sql("""
				select exists (select 1 from catalog.item where implementation_code = :code and id <> :except)
				or exists (select 1 from catalog.item_version where implementation_code = :code and item_id <> :except)""")
			.param("code", code)
			.param("except", exceptItemId == null ? -1L : exceptItemId)
			.query(Boolean.class)
			.single();
	}

	void changeCode(long itemId, String code) {
		try {
			jdbc.sql("update catalog.item set implementation_code = :code where id = :id")
				.param("id", itemId)
				.param("code", code)
				.update();
		}
		catch (DuplicateKeyException concurrent) {
			throw new ImplementationCodeTakenException(code);
		}
	}

	void insertVersion(long itemId, int version, ItemDraft draft, String by, Instant at) {
		jdbc.sql("""
				insert into catalog.item_version (item_id, version, status, name, basic_code, implementation_code,
				item_type, unit_id, department_id, responsible_post_ids, legal_basis, conditions, statutory_number,
				statutory_unit, statutory_explanation, promised_number, promised_unit, promised_explanation, case_kind,
				steps, special_procedures, materials, fees, place, hours, consultation_phone, supervision_phone,
				max_visits, online, refusal_authority, max_extension_working_days, extension_basis, discipline, faq,
				drafted_by, drafted_at) values (:item, :version, 'DRAFT', :name, :basicCode, :code, :type, :unit, :department,
				cast(:posts as jsonb), cast(:legal as jsonb), :conditions, :sNumber, :sUnit, :sExplanation, :pNumber,
				:pUnit, :pExplanation, :caseKind, cast(:steps as jsonb), cast(:special as jsonb),
				cast(:materials as jsonb), cast(:fees as jsonb), :place, :hours, :consultation, :supervision,
				:visits, :online, :refusal, :extension, :extensionBasis, :discipline, cast(:faq as jsonb), :by, :at)""")
			.param("item", itemId)
			.param("version", version)
			.params(new DraftParameters(draft, json).map())
			.param("by", by)
			.param("at", time(at))
			.update();
	}

	void updateDraft(long itemId, int version, ItemDraft draft, String by, Instant at) {
		jdbc.sql("""
				update catalog.item_version set name = :name, basic_code = :basicCode, implementation_code = :code,
				item_type = :type, unit_id = :unit, department_id = :department,
				responsible_post_ids = cast(:posts as jsonb), legal_basis = cast(:legal as jsonb),
				conditions = :conditions, statutory_number = :sNumber, statutory_unit = :sUnit,
				statutory_explanation = :sExplanation, promised_number = :pNumber, promised_unit = :pUnit,
				promised_explanation = :pExplanation, case_kind = :caseKind, steps = cast(:steps as jsonb),
				special_procedures = cast(:special as jsonb), materials = cast(:materials as jsonb),
				fees = cast(:fees as jsonb), place = :place, hours = :hours, consultation_phone = :consultation,
				supervision_phone = :supervision, max_visits = :visits, online = :online,
				refusal_authority = :refusal, max_extension_working_days = :extension,
				extension_basis = :extensionBasis, discipline = :discipline,
				faq = cast(:faq as jsonb), drafted_by = :by, drafted_at = :at
				where item_id = :item and version = :version and status = 'DRAFT'""")
			.param("item", itemId)
			.param("version", version)
			.params(new DraftParameters(draft, json).map())
			.param("by", by)
			.param("at", time(at))
			.update();
	}

	void submit(long itemId, int version, String by, Instant at) {
		jdbc.sql("""
				update catalog.item_version set status = 'IN_REVIEW', submitted_by = :by, submitted_at = :at
				where item_id = :item and version = :version""")
			.param("item", itemId)
			.param("version", version)
			.param("by", by)
			.param("at", time(at))
			.update();
	}

	void returnToDraft(long itemId, int version) {
		jdbc.sql("""
				update catalog.item_version set status = 'DRAFT', submitted_by = null, submitted_at = null
				where item_id = :item and version = :version and status = 'IN_REVIEW'""")
			.param("item", itemId)
			.param("version", version)
			.update();
	}

	void publish(long itemId, int version, LocalDate effectiveFrom, String by, Instant at) {
		jdbc.sql("""
				update catalog.item_version set status = 'PUBLISHED', effective_from = :from, published_by = :by,
				published_at = :at where item_id = :item and version = :version and status = 'IN_REVIEW'""")
			.param("item", itemId)
			.param("version", version)
			.param("from", effectiveFrom)
			.param("by", by)
			.param("at", time(at))
			.update();
	}

	/** Marks earlier published versions superseded, once a later one is in force. */
	void supersedeBefore(long itemId, int version) {
		jdbc.sql("""
				update catalog.item_version set status = 'SUPERSEDED'
				where item_id = :item and version < :version and status = 'PUBLISHED'""")
			.param("item", itemId)
			.param("version", version)
			.update();
	}

	void withdraw(long itemId, int version, String reason, String by, Instant at) {
		jdbc.sql("""
				update catalog.item_version set status = 'WITHDRAWN', withdrawn_by = :by, withdrawn_at = :at,
				withdrawal_reason = :reason where item_id = :item and version = :version and status = 'PUBLISHED'""")
			.param("item", itemId)
			.param("version", version)
			.param("reason", reason)
			.param("by", by)
			.param("at", time(at))
			.update();
	}

	Optional<ServiceItem> find(long itemId, int version) {
		return jdbc.sql("select * from catalog.item_version where item_id = :item and version = :version")
			.param("item", itemId)
			.param("version", version)
			.query(mapper)
			.optional();
	}

	List<ServiceItem> versionsOf(long itemId) {
		return jdbc.sql("select * from catalog.item_version where item_id = :item order by version")
			.param("item", itemId)
			.query(mapper)
			.list();
	}

	Optional<ServiceItem> latest(long itemId) {
		return jdbc.sql("select * from catalog.item_version where item_id = :item order by version desc limit 1")
			.param("item", itemId)
			.query(mapper)
			.optional();
	}

	Optional<String> submitter(long itemId, int version) {
		return jdbc.sql("select submitted_by from catalog.item_version where item_id = :item and version = :version")
			.param("item", itemId)
			.param("version", version)
			.query(String.class)
			.optional();
	}

	/** Every version the public may read (neither a draft nor in review), by item and version. */
	List<ServiceItem> publicVersions() {
		return jdbc.sql("""
				select * from catalog.item_version where status not in ('DRAFT', 'IN_REVIEW')
				order by item_id, version""")
			.query(mapper)
			.list();
	}

	/** The latest version of each item of these units (all units when {@code null}). */
	List<ServiceItem> latestVersions(Long unitId) {
		return jdbc.sql("""
				select distinct on (item_id) * from catalog.item_version
				where cast(:unit as bigint) is null or unit_id = :unit order by item_id, version desc""")
			.param("unit", unitId)
			.query(mapper)
			.list();
	}

	boolean anyItemOfUnit(long unitId) {
		return jdbc.sql("select exists (select 1 from catalog.item where unit_id = :unit)")
			.param("unit", unitId)
			.query(Boolean.class)
			.single();
	}

	private ServiceItem item(ResultSet rs, int row) throws SQLException {
		return new ServiceItem(rs.getLong("item_id"), rs.getInt("version"), rs.getString("name"),
				rs.getString("basic_code"), rs.getString("implementation_code"),
				ItemType.valueOf(rs.getString("item_type")), rs.getLong("unit_id"), rs.getLong("department_id"),
				list(rs, "responsible_post_ids", new TypeReference<List<Long>>() {
				}), list(rs, "legal_basis", new TypeReference<List<LegalBasis>>() {
				}), rs.getString("conditions"),
				new TimeLimit(rs.getObject("statutory_number", Integer.class),
						LimitUnit.valueOf(rs.getString("statutory_unit")), rs.getString("statutory_explanation")),
				new TimeLimit(rs.getObject("promised_number", Integer.class),
						LimitUnit.valueOf(rs.getString("promised_unit")), rs.getString("promised_explanation")),
				CaseKind.valueOf(rs.getString("case_kind")), list(rs, "steps", new TypeReference<List<ProcedureStep>>() {
				}), list(rs, "special_procedures", new TypeReference<List<SpecialProcedure>>() {
				}), list(rs, "materials", new TypeReference<List<Material>>() {
				}), list(rs, "fees", new TypeReference<List<Fee>>() {
				}), rs.getString("place"), rs.getString("hours"), rs.getString("consultation_phone"),
				rs.getString("supervision_phone"), rs.getInt("max_visits"), rs.getBoolean("online"),
				RefusalAuthority.valueOf(rs.getString("refusal_authority")), rs.getInt("max_extension_working_days"),
				rs.getString("extension_basis"), rs.getString("discipline"), list(rs, "faq", new TypeReference<List<Faq>>() {
				}), ItemStatus.valueOf(rs.getString("status")), rs.getObject("effective_from", LocalDate.class));
	}

	private <T> List<T> list(ResultSet rs, String column, TypeReference<List<T>> type) throws SQLException {
		return json.readValue(rs.getString(column), type);
	}
}
