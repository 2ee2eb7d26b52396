package org.xiaoneng.casework;

import java.util.List;

import org.springframework.stereotype.Component;
import org.xiaoneng.catalog.CaseKind;
import org.xiaoneng.catalog.ItemDraft;
import org.xiaoneng.catalog.ItemType;
import org.xiaoneng.catalog.LegalBasis;
import org.xiaoneng.catalog.LimitUnit;
import org.xiaoneng.catalog.Material;
import org.xiaoneng.catalog.ProcedureStep;
import org.xiaoneng.catalog.RefusalAuthority;
import org.xiaoneng.catalog.ServiceCatalog;
import org.xiaoneng.catalog.ServiceItem;
import org.xiaoneng.catalog.SpecialProcedure;
import org.xiaoneng.catalog.TimeLimit;

/** Publishes the test unit's item in the catalog: 20 statutory / 5 promised working days, three steps. */
@Component
public class CatalogFixture {

	private final ServiceCatalog catalog;

	CatalogFixture(ServiceCatalog catalog) {
		this.catalog = catalog;
	}

	ServiceItem publish(CaseworkUnit u) {
		ItemDraft draft = new ItemDraft("食品经营许可" + u.tag, "000123", "T-" + u.tag, ItemType.ADMINISTRATIVE_LICENSE,
				u.unit.id(), u.registration.id(), List.of(u.handling.id(), u.reviewing.id(), u.lead.id()),
				List.of(new LegalBasis("中华人民共和国食品安全法", "第三十五条")), "条件",
				new TimeLimit(20, LimitUnit.WORKING_DAYS, null), new TimeLimit(5, LimitUnit.WORKING_DAYS, null),
				CaseKind.PROMISED,
				List.of(new ProcedureStep(1, "承办", u.handling.id(), 2), new ProcedureStep(2, "审核", u.reviewing.id(), 1),
						new ProcedureStep(3, "决定", u.lead.id(), 1)),
				List.of(new SpecialProcedure("专家评审", 5, "行政许可法第四十五条", false)),
				List.of(material("食品经营许可申请书"), material("营业执照复印件"), material("经营场所平面图")), List.of(),
				"政务大厅", "工作日", "0851-12345678", "0851-12345679", 1, true, RefusalAuthority.DEPARTMENT_HEAD, 3, "",
				List.of());
		ServiceItem item = u.as("a", "ROLE_HANDLER", () -> catalog.createDraft(draft));
		u.as("a", "ROLE_HANDLER", () -> catalog.submitForReview(item.id(), 1));
		return u.as("h", "ROLE_DEPT_HEAD", () -> catalog.publish(item.id(), 1, null));
	}

	/**
	 * A second item of the unit, of its 审核科 alone (no special procedure, no extension): 10 statutory / 4 promised
	 * working days, one step, drafted by the reviewer and published by the deputy who oversees the department.
	 */
	ServiceItem publishOfReview(CaseworkUnit u) {
		ItemDraft draft = new ItemDraft("审核科事项" + u.tag, "000124", "TR-" + u.tag, ItemType.ADMINISTRATIVE_LICENSE,
				u.unit.id(), u.review.id(), List.of(u.reviewing.id()), List.of(new LegalBasis("中华人民共和国行政许可法",
						"第四十二条")), "条件", new TimeLimit(10, LimitUnit.WORKING_DAYS, null),
				new TimeLimit(4, LimitUnit.WORKING_DAYS, null), CaseKind.PROMISED,
				List.of(new ProcedureStep(1, "审核", u.reviewing.id(), 2)), List.of(),
				List.of(material("申请书")), List.of(), "政务大厅", "工作日", "0851-12345678", "0851-12345679", 1, true,
				RefusalAuthority.DEPARTMENT_HEAD, 0, "", List.of());
		ServiceItem item = u.as("r", "ROLE_HANDLER", () -> catalog.createDraft(draft));
		u.as("r", "ROLE_HANDLER", () -> catalog.submitForReview(item.id(), 1));
		return u.as("d", "ROLE_LEADER", () -> catalog.publish(item.id(), 1, null));
	}

	private static Material material(String name) {
		return new Material(0, name, "申请人", 1, 0, "A4", true, null, true, null, false, false);
	}
}
