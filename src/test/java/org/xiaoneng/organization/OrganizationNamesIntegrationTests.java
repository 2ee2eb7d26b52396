package org.xiaoneng.organization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.transaction.support.TransactionTemplate;
import org.xiaoneng.common.DepartmentId;
import org.xiaoneng.common.NodeSignals;
import org.xiaoneng.common.PostId;
import org.xiaoneng.common.UnitId;
import org.xiaoneng.testing.IntegrationTest;

/**
 * The organisation's names are kept in memory on each node and read again after a unit, department or post is created
 * or changed on any node (decision 0058): a second copy with its own listening connection stands for another node.
 */
@IntegrationTest
@WithMockUser(username = "org-admin", roles = "ADMIN")
class OrganizationNamesIntegrationTests {

	@Autowired
	Organization organization;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	DataSource dataSource;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	Reorganization reorganization;

	@Test
	void aRenamedDepartmentIsNamedAnewOnThisNodeAtOnceAndOnAnotherOnceSignalled() {
		SampleUnit sample = new SampleUnit(organization);
		DepartmentId office = new DepartmentId(sample.office.id());
		NodeSignals otherSignals = new NodeSignals(dataSource);
		NamesOnRecord otherNode = new NamesOnRecord(jdbc, otherSignals, event -> { });
		otherSignals.start();
		try {
			await().atMost(Duration.ofSeconds(20)).until(otherSignals::listening);
			assertThat(otherNode.names().of(office)).contains("办公室");

			organization.renameDepartment(office, "综合办公室" + sample.tag);

			assertThat(organization.names().of(office)).contains("综合办公室" + sample.tag);
			await().atMost(Duration.ofSeconds(20))
				.until(() -> otherNode.names().of(office).filter(("综合办公室" + sample.tag)::equals).isPresent());
		}
		finally {
			otherSignals.stop();
		}
	}

	@Test
	void newUnitsAndChangedPostsAreNamedAndARolledBackRenameIsNot() {
		SampleUnit sample = new SampleUnit(organization);
		UnitId unit = new UnitId(sample.unit.id());
		PostId window = new PostId(sample.registrationWindow.id());
		assertThat(organization.names().of(unit)).contains(sample.unit.name());

		Post post = organization.post(window);
		organization.changePost(window, new NewPost(post.departmentId(), "综合窗口岗" + sample.tag, post.kind(),
				post.duties(), post.dutyCategories()));
		assertThat(organization.names().of(window)).contains("综合窗口岗" + sample.tag);

		DepartmentId office = new DepartmentId(sample.office.id());
		transactions.executeWithoutResult(status -> {
			organization.renameDepartment(office, "撤回的名称" + sample.tag);
			// the renaming transaction reads its own change
			assertThat(organization.names().of(office)).contains("撤回的名称" + sample.tag);
			status.setRollbackOnly();
		});
		assertThat(organization.names().of(office)).contains("办公室");
	}

	@Test
	void aDepartmentWithoutAPhoneIsReachedByTheNearestPhoneUpItsTreeAsChangedAMomentAgo() {
		SampleUnit sample = new SampleUnit(organization);
		DepartmentId registration = new DepartmentId(sample.registration.id());
		DepartmentId windowGroup = new DepartmentId(sample.windowGroup.id());
		reorganization.changeContact(windowGroup, "一楼大厅", "");
		reorganization.changeContact(registration, "三楼 301", "0851-12345678");

		assertThat(organization.names().contactOf(windowGroup))
			.isEqualTo(new DepartmentContact(sample.unit.name(), "窗口组", "一楼大厅", "0851-12345678"));

		reorganization.changeContact(windowGroup, "一楼大厅", "0851-87654321");
		assertThat(organization.names().contactOf(windowGroup).phone()).isEqualTo("0851-87654321");
	}
}
