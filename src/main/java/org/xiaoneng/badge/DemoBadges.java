package org.xiaoneng.badge;

import java.util.List;
import java.util.function.Supplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.xiaoneng.common.DepartmentId;
import org.xiaoneng.common.RuleViolationException;
import org.xiaoneng.common.StaffId;
import org.xiaoneng.common.UnitId;
import org.xiaoneng.organization.ActingAs;
import org.xiaoneng.organization.Caller;
import org.xiaoneng.organization.Department;
import org.xiaoneng.organization.Organization;
import org.xiaoneng.organization.StaffMember;
import org.xiaoneng.organization.StaffQuery;
import org.xiaoneng.organization.StaffStatus;
import org.xiaoneng.organization.Unit;

/**
 * The demo county's badges: every staff member at work wears one, and the register has some history: someone of
 * 县自然资源局's 办公室 transferred to 耕地保护股 (badge taken back, reissued), one who retired (taken back, the card
 * still to return), and one of 县人社局's 办公室 who lost theirs (void, reissued under a new number). Runs once, after
 * the other demo loaders.
 */
@Component
@Profile("demo")
class DemoBadges {

	private static final Logger LOG = LoggerFactory.getLogger(DemoBadges.class);

	private final BadgeIssuing issuing;

	private final BadgeWithdrawal withdrawal;

	private final Organization organization;

	private final JdbcClient jdbc;

	DemoBadges(BadgeIssuing issuing, BadgeWithdrawal withdrawal, Organization organization, JdbcClient jdbc) {
		this.issuing = issuing;
		this.withdrawal = withdrawal;
		this.organization = organization;
		this.jdbc = jdbc;
	}

	@EventListener(ApplicationReadyEvent.class)
	@Order(70)
	void build() {
		if (jdbc.sql("select count(*) from badge.badge").query(Long.class).single() > 0) {
			return;
		}
		as(() -> {
			List<StaffMember> atWork = organization.searchStaff(new StaffQuery(null, null, null, StaffStatus.ON_DUTY, null));
			if (atWork.isEmpty()) {
				return null;
			}
			int issued = 0;
			for (StaffMember staff : atWork) {
				try {
					issuing.issue(new StaffId(staff.id()), "", Caller.system());
					issued++;
				}
				catch (RuleViolationException notDue) {
					// a short secondment: the register keeps the refused task instead
				}
			}
			List<Unit> units = organization.units();
			if (units.size() >= 3) {
				history(units.get(1), units.get(2));
			}
			LOG.info("Demo badges: {} issued, with a transfer, a retirement and a loss", issued);
			return null;
		});
	}

	/** A transfer and a retirement in the second unit's 办公室, a loss in the third's. */
	private void history(Unit second, Unit third) {
		List<Department> departments = organization.departmentsOf(new UnitId(second.id()));
		Department office = departments.get(0);
		Department farmland = departments.stream().filter(d -> d.name().equals("耕地保护股")).findFirst().orElse(office);
		List<StaffMember> officeStaff = unnamed(office);
		if (officeStaff.size() >= 2) {
			organization.transfer(new StaffId(officeStaff.get(0).id()), new DepartmentId(farmland.id()));
			organization.leave(new StaffId(officeStaff.get(1).id()), StaffStatus.RETIRED);
		}
		unnamed(organization.departmentsOf(new UnitId(third.id())).get(0)).stream().findFirst().ifPresent(staff -> jdbc
			.sql("select id from badge.badge where staff_id = :staff and status = 'VALID'")
			.param("staff", staff.id())
			.query(Long.class)
			.optional()
			.ifPresent(badge -> withdrawal.reportLoss(badge, Caller.system())));
	}

	/** The department's staff at work who play no demo account, so that the accounts keep their places. */
	private List<StaffMember> unnamed(Department department) {
		return organization
			.searchStaff(new StaffQuery(null, department.unitId(), department.id(), StaffStatus.ON_DUTY, null))
			.stream()
			.filter(staff -> staff.username() == null)
			.toList();
	}

	private static <T> T as(Supplier<T> action) {
		return ActingAs.signedIn("demo-data", "ROLE_ADMIN", action);
	}
}
