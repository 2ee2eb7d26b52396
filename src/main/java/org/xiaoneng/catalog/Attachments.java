package org.xiaoneng.catalog;

import static org.xiaoneng.common.Columns.time;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The blank forms and samples of materials, per version. */
@Repository
class Attachments {

	/** Which attachment of which material exists. */
	record Present(int materialNumber, AttachmentKind kind) {
	}

	private final JdbcClient jdbc;

	Attachments(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void put(long itemId, int version, int materialNumber, AttachmentKind kind, String fileName, String contentType,
			byte[] content, String sm3, String by, Instant at) {
		jdbc.sql("""
				insert into catalog.attachment (item_id, version, material_number, kind, file_name, content_type,
				size_bytes, sm3, content, uploaded_by, uploaded_at) values (:item, :version, :material, :kind, :name,
				:type, :size, :sm3, :content, :by, :at)
				on conflict (item_id, version, material_number, kind) do update set file_name = excluded.file_name,
				content_type = excluded.content_type, size_bytes = excluded.size_bytes, sm3 = excluded.sm3,
				content = excluded.content, uploaded_by = excluded.uploaded_by, uploaded_at = excluded.uploaded_at""")
			.param("item", itemId)
			.param("version", version)
			.param("material", materialNumber)
			.param("kind", kind.name())
			.param("name", fileName)
			.param("type", contentType)
			.param("size", content.length)
			.param("sm3", sm3)
			.param("content", content)
			.param("by", by)
			.param("at", time(at))
			.update();
	}

	Optional<AttachmentFile> find(long itemId, int version, int materialNumber, AttachmentKind kind) {
		return jdbc.sql("""
				select file_name, content_type, content from catalog.attachment
				where item_id = :item and version = :version and material_number = :material and kind = :kind""")
			.param("item", itemId)
			.param("version", version)
			.param("material", materialNumber)
			.param("kind", kind.name())
			.query((rs, row) -> new AttachmentFile(rs.getString("file_name"), rs.getString("content_type"),
					rs.getBytes("content")))
			.optional();
	}

	List<Present> of(long itemId, int version) {
		return jdbc.sql("select material_number, kind from catalog.attachment where item_id = :item and version = :version")
			.param("item", itemId)
			.param("version", version)
			.query((rs, row) -> new Present(rs.getInt("material_number"), AttachmentKind.valueOf(rs.getString("kind"))))
			.list();
	}

	/** Which attachments exist for any version of these items, by item and version. */
	java.util.Map<Long, java.util.Map<Integer, java.util.Set<Present>>> ofItems(java.util.Collection<Long> itemIds) {
		java.util.Map<Long, java.util.Map<Integer, java.util.Set<Present>>> present = new java.util.HashMap<>();
		if (itemIds.isEmpty()) {
			return present;
		}
		jdbc.sql("select item_id, version, material_number, kind from catalog.attachment where item_id in (:items)")
			.param("items", itemIds)
			.query((rs, row) -> present.computeIfAbsent(rs.getLong("item_id"), id -> new java.util.HashMap<>())
				.computeIfAbsent(rs.getInt("version"), v -> new java.util.HashSet<>())
				.add(new Present(rs.getInt("material_number"), AttachmentKind.valueOf(rs.getString("kind")))))
			.list();
		return present;
	}

	/** A material's attachments move with it to the next version, under the number it has there. */
	void copy(long itemId, int fromVersion, int toVersion, int fromMaterial, int toMaterial) {
		jdbc.sql("""
				insert into catalog.attachment (item_id, version, material_number, kind, file_name, content_type,
				size_bytes, sm3, content, uploaded_by, uploaded_at) select item_id, :to, :toMaterial, kind, file_name,
				content_type, size_bytes, sm3, content, uploaded_by, uploaded_at from catalog.attachment
				where item_id = :item and version = :from and material_number = :fromMaterial""")
			.param("item", itemId)
			.param("from", fromVersion)
			.param("to", toVersion)
			.param("fromMaterial", fromMaterial)
			.param("toMaterial", toMaterial)
			.update();
	}

	/** When a draft's materials are saved, attachments of numbers it no longer has go. */
	void removeBeyond(long itemId, int version, int materialCount) {
		jdbc.sql("delete from catalog.attachment where item_id = :item and version = :version and material_number > :count")
			.param("item", itemId)
			.param("version", version)
			.param("count", materialCount)
			.update();
	}
}
