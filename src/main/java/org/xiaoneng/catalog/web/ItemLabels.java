package org.xiaoneng.catalog.web;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.xiaoneng.catalog.LegalBasis;
import org.xiaoneng.catalog.Material;
import org.xiaoneng.catalog.ServiceItem;
import org.xiaoneng.catalog.TimeLimit;
import org.xiaoneng.common.DepartmentId;
import org.xiaoneng.common.PostId;
import org.xiaoneng.common.UnitId;
import org.xiaoneng.organization.Organization;
import org.xiaoneng.organization.OrganizationRecordNotFoundException;

/**
 * Item elements in plain words of the reader's language, shared by the guide page, the guide PDF and the staff pages:
 * limits ("20 个工作日"), material counts, fees, the names of units, departments and posts. Public only so that
 * the templates' expressions may call it; it is no part of the module's API.
 */
@Component
public class ItemLabels {

	private final MessageSource messages;

	private final Organization organization;

	ItemLabels(MessageSource messages, Organization organization) {
		this.messages = messages;
		this.organization = organization;
	}

	public String message(String key, Locale locale, Object... arguments) {
		return messages.getMessage(key, arguments, locale);
	}

	/** "20 个工作日", or the explanation when there is no number. */
	public String limit(TimeLimit limit, Locale locale) {
		if (limit.number() == null) {
			return message("catalog.limit.none", locale);
		}
		return message("catalog.limit." + limit.unit().name(), locale, limit.number());
	}

	public String basis(LegalBasis basis) {
		return basis.article().isEmpty() ? "《" + basis.law() + "》" : "《" + basis.law() + "》" + basis.article();
	}

	/** "原件 1 份、复印件 1 份". */
	public String counts(Material material, Locale locale) {
		return message("catalog.material.counts", locale, material.originals(), material.copies());
	}

	public String necessity(Material material, Locale locale) {
		return material.required() ? message("catalog.material.required", locale)
				: message("catalog.material.conditional", locale, material.condition());
	}

	public String amount(BigDecimal yuan, Locale locale) {
		return message("catalog.fee.amount", locale, yuan.stripTrailingZeros().toPlainString());
	}

	public String yesNo(boolean value, Locale locale) {
		return message(value ? "catalog.yes" : "catalog.no", locale);
	}

	public String unitName(long unitId) {
		try {
			return organization.unit(new UnitId(unitId)).name();
		}
		catch (OrganizationRecordNotFoundException gone) {
			return String.valueOf(unitId);
		}
	}

	public String departmentName(long departmentId) {
		try {
			return organization.department(new DepartmentId(departmentId)).name();
		}
		catch (OrganizationRecordNotFoundException gone) {
			return String.valueOf(departmentId);
		}
	}

	/** The names of the posts of the item's steps and responsible posts. */
	Map<Long, String> postNames(ServiceItem item) {
		Map<Long, String> names = new HashMap<>();
		item.steps().forEach(step -> names.put(step.postId(), postName(step.postId())));
		item.responsiblePostIds().forEach(id -> names.put(id, postName(id)));
		return names;
	}

	/**
	 * The names of several items' departments, read one unit at a time (a list of a whole catalogue read them one
	 * department at a time, a transaction each); a department no longer on record is named by its number.
	 */
	Map<Long, String> departmentNames(List<ServiceItem> items) {
		Map<Long, String> known = new HashMap<>();
		items.stream()
			.map(ServiceItem::unitId)
			.distinct()
			.forEach(unitId -> organization.departmentsOf(new UnitId(unitId))
				.forEach(department -> known.put(department.id(), department.name())));
		return named(items.stream().map(ServiceItem::departmentId).toList(), known);
	}

	/** The names of several items' units, read at once; a unit no longer on record is named by its number. */
	Map<Long, String> unitNames(List<ServiceItem> items) {
		Map<Long, String> known = new HashMap<>();
		organization.units().forEach(unit -> known.put(unit.id(), unit.name()));
		return named(items.stream().map(ServiceItem::unitId).toList(), known);
	}

	private static Map<Long, String> named(List<Long> ids, Map<Long, String> known) {
		Map<Long, String> names = new HashMap<>();
		ids.forEach(id -> names.put(id, known.getOrDefault(id, String.valueOf(id))));
		return names;
	}

	private String postName(long postId) {
		try {
			return organization.post(new PostId(postId)).name();
		}
		catch (OrganizationRecordNotFoundException gone) {
			return String.valueOf(postId);
		}
	}
}
