package org.xiaoneng.bench.campaign;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.xiaoneng.bench.BenchmarkFailure;
import org.xiaoneng.bench.casework.Database;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A published item of the demo clerk's unit, with its materials as a submission names them: what the campaign's
 * clients apply for at the window.
 */
public record ClerkItem(long id, List<Map<String, Object>> materials) {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	/** The clerk's unit's first published item, read from the demo county's database. */
	public static ClerkItem in(Database database) {
		try (Connection connection = database.connect(); Statement statement = connection.createStatement();
				ResultSet rows = statement.executeQuery("""
						select v.item_id, v.materials::text
						from catalog.item_version v join organization.staff s on s.unit_id = v.unit_id
						where v.status = 'PUBLISHED' and s.username = 'clerk'
						order by v.item_id limit 1""")) {
			if (!rows.next()) {
				throw new BenchmarkFailure("The demo county has no published item the clerk can take in");
			}
			List<Map<String, Object>> materials = new ArrayList<>();
			for (JsonNode material : JSON.readTree(rows.getString(2))) {
				materials.add(Map.of("itemMaterialNumber", material.get("number").asInt(), "name",
						material.get("name").asString(), "original", true, "copies", 1, "pages", 2));
			}
			return new ClerkItem(rows.getLong(1), materials);
		}
		catch (SQLException e) {
			throw new BenchmarkFailure("Cannot read the demo catalog: " + e.getMessage(), e);
		}
	}
}
