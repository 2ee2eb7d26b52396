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
import org.xiaoneng.organization.OrganizationNames;

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
		return organization.names().of(new UnitId(unitId)).orElse(String.valueOf(unitId));
	}

	public String departmentName(long departmentId) {
		return organization.names().of(new DepartmentId(departmentId)).orElse(String.valueOf(departmentId));
	}

	/** The names of the posts of the item's steps and responsible posts. */
	Map<Long, String> postNames(ServiceItem item) {
		OrganizationNames names = organization.names();
		Map<Long, String> posts = new HashMap<>();
		item.steps().forEach(step -> posts.put(step.postId(), postName(names, step.postId())));
		item.responsiblePostIds().forEach(id -> posts.put(id, postName(names, id)));
		return posts;
	}

	/**
	 * The names of several items' departments, from the organisation's names in memory (decision 0058); a department
	 * no longer on record is named by its number.
	 */
	Map<Long, String> departmentNames(List<ServiceItem> items) {
		OrganizationNames names = organization.names();
		Map<Long, String> found = new HashMap<>();
		items.forEach(item -> found.put(item.departmentId(),
				names.of(new DepartmentId(item.departmentId())).orElse(String.valueOf(item.departmentId()))));
		return found;
	}

	/** The names of several items' units; a unit no longer on record is named by its number. */
	Map<Long, String> unitNames(List<ServiceItem> items) {
		OrganizationNames names = organization.names();
		Map<Long, String> found = new HashMap<>();
		items.forEach(item -> found.put(item.unitId(),
				names.of(new UnitId(item.unitId())).orElse(String.valueOf(item.unitId()))));
		return found;
	}

	private static String postName(OrganizationNames names, long postId) {
		return names.of(new PostId(postId)).orElse(String.valueOf(postId));
	}
}
