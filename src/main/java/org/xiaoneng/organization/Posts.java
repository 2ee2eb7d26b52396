package org.xiaoneng.organization;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The posts of the departments and who holds them.
 */
@Repository
class Posts {

	private final JdbcClient jdbc;

	Posts(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	long insert(NewPost post) {
		return jdbc.sql("""
				insert into organization.post (department_id, name, kind, duties, duty_categories)
				values (:department, :name, :kind, :duties, :categories) returning id""")
			.param("department", post.departmentId())
			.param("name", post.name().strip())
			.param("kind", post.kind().name())
			.param("duties", post.duties())
			.param("categories", post.dutyCategories().toArray(String[]::new))
			.query(Long.class)
			.single();
	}

	void update(long id, NewPost post) {
		jdbc.sql("""
				update organization.post set name = :name, kind = :kind, duties = :duties,
				duty_categories = :categories where id = :id""")
			.param("id", id)
			.param("name", post.name().strip())
			.param("kind", post.kind().name())
			.param("duties", post.duties())
			.param("categories", post.dutyCategories().toArray(String[]::new))
			.update();
	}

	void moveTo(long id, long departmentId) {
		jdbc.sql("update organization.post set department_id = :department where id = :id")
			.param("id", id)
			.param("department", departmentId)
			.update();
	}

	void retire(long id, LocalDate on) {
		jdbc.sql("update organization.post set retired_on = :on where id = :id").param("id", id).param("on", on).update();
	}

	Optional<Post> find(long id) {
		return jdbc.sql("select * from organization.post where id = :id").param("id", id).query(Posts::post).optional();
	}

	List<Post> ofDepartment(long departmentId) {
		return jdbc.sql("""
				select * from organization.post where department_id = :department and retired_on is null
				order by kind, name, id""")
			.param("department", departmentId)
			.query(Posts::post)
			.list();
	}

	/** Every post of the unit, retired ones included: the names past work refers to. */
	List<Post> everyOfUnit(long unitId) {
		return jdbc.sql("""
				select p.* from organization.post p join organization.department d on d.id = p.department_id
				where d.unit_id = :unit order by p.department_id, p.kind, p.name""")
			.param("unit", unitId)
			.query(Posts::post)
			.list();
	}

	/** The unit's posts in force. */
	List<Post> ofUnit(long unitId) {
		return jdbc.sql("""
				select p.* from organization.post p join organization.department d on d.id = p.department_id
				where d.unit_id = :unit and p.retired_on is null order by p.department_id, p.kind, p.name""")
			.param("unit", unitId)
			.query(Posts::post)
			.list();
	}

	void assign(long postId, long staffId) {
		jdbc.sql("insert into organization.post_holder (post_id, staff_id) values (:post, :staff) on conflict do nothing")
			.param("post", postId)
			.param("staff", staffId)
			.update();
	}

	boolean release(long postId, long staffId) {
		return jdbc.sql("delete from organization.post_holder where post_id = :post and staff_id = :staff")
			.param("post", postId)
			.param("staff", staffId)
			.update() > 0;
	}

	/** Releases every post the staff member holds. */
	void releaseAll(long staffId) {
		jdbc.sql("delete from organization.post_holder where staff_id = :staff").param("staff", staffId).update();
	}

	/** The ids of the staff who hold the post. */
	List<Long> holders(long postId) {
		return jdbc.sql("select staff_id from organization.post_holder where post_id = :post order by staff_id")
			.param("post", postId)
			.query(Long.class)
			.list();
	}

	private static Post post(ResultSet rs, int row) throws SQLException {
		Array categories = rs.getArray("duty_categories");
		return new Post(rs.getLong("id"), rs.getLong("department_id"), rs.getString("name"),
				PostKind.valueOf(rs.getString("kind")), rs.getString("duties"),
				Arrays.asList((String[]) categories.getArray()), rs.getObject("retired_on") != null);
	}
}
