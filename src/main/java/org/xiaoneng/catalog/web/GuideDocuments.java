package org.xiaoneng.catalog.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.springframework.stereotype.Component;
import org.xiaoneng.catalog.Fee;
import org.xiaoneng.catalog.Material;
import org.xiaoneng.catalog.ProcedureStep;
import org.xiaoneng.catalog.ServiceCatalog;
import org.xiaoneng.catalog.ServiceItem;
import org.xiaoneng.catalog.SpecialProcedure;
import org.xiaoneng.platform.documents.Documents;
import org.xiaoneng.platform.documents.Notice;

/**
 * The printable guide (办事指南): the written one-time notice of everything an applicant needs (一次性告知制), every
 * material by name, with a QR code back to the guide page. The same version prints to the same bytes: it is signed
 * with its effective date.
 */
@Component
class GuideDocuments {

	private final Documents documents;

	private final ServiceCatalog catalog;

	private final ItemLabels labels;

	GuideDocuments(Documents documents, ServiceCatalog catalog, ItemLabels labels) {
		this.documents = documents;
		this.catalog = catalog;
		this.labels = labels;
	}

	byte[] pdf(ServiceItem item, Locale locale) {
		List<Notice.Section> sections = new ArrayList<>();
		sections.add(new Notice.Section(m("catalog.guide.basics", locale), List.of(),
				new Notice.Table(List.of(m("catalog.guide.element", locale), m("catalog.guide.content", locale)), List.of(
						List.of(m("catalog.field.name", locale), item.name()),
						List.of(m("catalog.field.implementationCode", locale), item.implementationCode()),
						List.of(m("catalog.field.type", locale), m("catalog.type." + item.type(), locale)),
						List.of(m("catalog.field.unit", locale), labels.unitName(item.unitId())),
						List.of(m("catalog.field.department", locale), labels.departmentName(item.departmentId())),
						List.of(m("catalog.field.caseKind", locale), m("catalog.caseKind." + item.caseKind(), locale)),
						List.of(m("catalog.field.statutoryLimit", locale), limitText(item.statutoryLimit(), locale)),
						List.of(m("catalog.field.promisedLimit", locale), limitText(item.promisedLimit(), locale)),
						List.of(m("catalog.field.maxVisits", locale), m("catalog.guide.visits", locale, item.maxVisits())),
						List.of(m("catalog.field.online", locale), labels.yesNo(item.online(), locale)),
						List.of(m("catalog.field.version", locale), m("catalog.guide.versionFrom", locale,
								item.version(), String.valueOf(item.effectiveFrom())))))));
		sections.add(new Notice.Section(m("catalog.field.legalBasis", locale),
				item.legalBasis().stream().map(labels::basis).toList()));
		sections.add(new Notice.Section(m("catalog.field.conditions", locale), List.of(item.conditions())));
		List<List<String>> materials = new ArrayList<>();
		for (Material material : item.materials()) {
			materials.add(List.of(String.valueOf(material.number()), material.name(), material.issuer(),
					labels.counts(material, locale), labels.necessity(material, locale)));
		}
		sections.add(new Notice.Section(m("catalog.field.materials", locale),
				List.of(m("catalog.guide.materialsIntro", locale)),
				new Notice.Table(List.of(m("catalog.guide.number", locale), m("catalog.material.name", locale),
						m("catalog.material.issuer", locale), m("catalog.material.countsHeading", locale),
						m("catalog.material.necessity", locale)), materials)));
		List<String> steps = new ArrayList<>();
		var posts = labels.postNames(item);
		for (ProcedureStep step : item.steps()) {
			steps.add(m("catalog.guide.step", locale, step.number(), step.name(), posts.get(step.postId()),
					step.budgetWorkingDays()));
		}
		sections.add(new Notice.Section(m("catalog.field.steps", locale), steps));
		if (!item.specialProcedures().isEmpty()) {
			List<String> special = new ArrayList<>();
			for (SpecialProcedure procedure : item.specialProcedures()) {
				special.add(m("catalog.guide.special", locale, procedure.name(), procedure.workingDays(),
						labels.yesNo(procedure.countedInLimit(), locale), procedure.legalBasis()));
			}
			sections.add(new Notice.Section(m("catalog.field.specialProcedures", locale), special));
		}
		List<String> fees = new ArrayList<>();
		if (item.fees().isEmpty()) {
			fees.add(m("catalog.fee.free", locale));
		}
		for (Fee fee : item.fees()) {
			fees.add(fee.name() + "：" + labels.amount(fee.amountYuan(), locale) + "（" + fee.basis() + "）");
		}
		sections.add(new Notice.Section(m("catalog.field.fees", locale), fees));
		sections.add(new Notice.Section(m("catalog.guide.whereWhen", locale), List.of(
				m("catalog.field.place", locale) + "：" + item.place(), m("catalog.field.hours", locale) + "：" + item.hours(),
				m("catalog.field.consultationPhone", locale) + "：" + item.consultationPhone(),
				m("catalog.field.supervisionPhone", locale) + "：" + item.supervisionPhone())));
		sections.add(new Notice.Section(m("catalog.field.refusalAuthority", locale),
				List.of(m("catalog.refusal." + item.refusalAuthority(), locale))));
		if (!item.discipline().isEmpty()) {
			sections.add(new Notice.Section(m("catalog.field.discipline", locale), List.of(item.discipline())));
		}
		if (!item.faq().isEmpty()) {
			sections.add(new Notice.Section(m("catalog.field.faq", locale),
					item.faq().stream().map(faq -> faq.question() + " " + faq.answer()).toList()));
		}
		return documents.pdf(new Notice(m("catalog.guide.title", locale, item.name()), "", "", sections,
				new Notice.Signature(labels.unitName(item.unitId()), item.effectiveFrom()),
				new Notice.QrCode(catalog.guideUrl(item.id()), m("catalog.guide.qrCaption", locale))));
	}

	private String limitText(org.xiaoneng.catalog.TimeLimit limit, Locale locale) {
		String text = labels.limit(limit, locale);
		return limit.explanation().isEmpty() ? text : text + "（" + limit.explanation() + "）";
	}

	private String m(String key, Locale locale, Object... arguments) {
		return labels.message(key, locale, arguments);
	}
}
