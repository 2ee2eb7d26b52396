package org.xiaoneng.catalog;

import java.util.List;

/**
 * The elements of an item as a drafter writes them; numbers of steps and materials follow their order, and a
 * material's attachments are uploaded separately (their flags here are ignored). See {@link ServiceItem} for each
 * element.
 */
public record ItemDraft(String name, String basicCode, String implementationCode, ItemType type, long unitId,
		long departmentId, List<Long> responsiblePostIds, List<LegalBasis> legalBasis, String conditions,
		TimeLimit statutoryLimit, TimeLimit promisedLimit, CaseKind caseKind, List<ProcedureStep> steps,
		List<SpecialProcedure> specialProcedures, List<Material> materials, List<Fee> fees, String place,
		String hours, String consultationPhone, String supervisionPhone, int maxVisits, boolean online,
		RefusalAuthority refusalAuthority, int maxExtensionWorkingDays, String discipline, List<Faq> faq,
		String extensionBasis) {

	public ItemDraft {
		responsiblePostIds = responsiblePostIds == null ? List.of() : List.copyOf(responsiblePostIds);
		legalBasis = legalBasis == null ? List.of() : List.copyOf(legalBasis);
		steps = steps == null ? List.of() : List.copyOf(steps);
		specialProcedures = specialProcedures == null ? List.of() : List.copyOf(specialProcedures);
		materials = materials == null ? List.of() : List.copyOf(materials);
		fees = fees == null ? List.of() : List.copyOf(fees);
		faq = faq == null ? List.of() : List.copyOf(faq);
		extensionBasis = extensionBasis == null ? "" : extensionBasis;
	}

	/** A draft that cites no law for a longer extension (行政许可法 第四十二条's 10 days at most for a 行政许可). */
	public ItemDraft(String name, String basicCode, String implementationCode, ItemType type, long unitId,
			long departmentId, List<Long> responsiblePostIds, List<LegalBasis> legalBasis, String conditions,
			TimeLimit statutoryLimit, TimeLimit promisedLimit, CaseKind caseKind, List<ProcedureStep> steps,
			List<SpecialProcedure> specialProcedures, List<Material> materials, List<Fee> fees, String place,
			String hours, String consultationPhone, String supervisionPhone, int maxVisits, boolean online,
			RefusalAuthority refusalAuthority, int maxExtensionWorkingDays, String discipline, List<Faq> faq) {
		this(name, basicCode, implementationCode, type, unitId, departmentId, responsiblePostIds, legalBasis,
				conditions, statutoryLimit, promisedLimit, caseKind, steps, specialProcedures, materials, fees, place,
				hours, consultationPhone, supervisionPhone, maxVisits, online, refusalAuthority,
				maxExtensionWorkingDays, discipline, faq, "");
	}

	/** The draft of an existing version, to change and save as the next one. */
	public static ItemDraft of(ServiceItem item) {
		return new ItemDraft(item.name(), item.basicCode(), item.implementationCode(), item.type(), item.unitId(),
				item.departmentId(), item.responsiblePostIds(), item.legalBasis(), item.conditions(),
				item.statutoryLimit(), item.promisedLimit(), item.caseKind(), item.steps(), item.specialProcedures(),
				item.materials(), item.fees(), item.place(), item.hours(), item.consultationPhone(),
				item.supervisionPhone(), item.maxVisits(), item.online(), item.refusalAuthority(),
				item.maxExtensionWorkingDays(), item.discipline(), item.faq(), item.extensionBasis());
	}

	/** This draft with another promised limit. */
	public ItemDraft withPromisedLimit(TimeLimit limit) {
		return new ItemDraft(name, basicCode, implementationCode, type, unitId, departmentId, responsiblePostIds,
				legalBasis, conditions, statutoryLimit, limit, caseKind, steps, specialProcedures, materials, fees,
				place, hours, consultationPhone, supervisionPhone, maxVisits, online, refusalAuthority,
				maxExtensionWorkingDays, discipline, faq, extensionBasis);
	}

	/** This draft with other steps. */
	public ItemDraft withSteps(List<ProcedureStep> changed) {
		return new ItemDraft(name, basicCode, implementationCode, type, unitId, departmentId, responsiblePostIds,
				legalBasis, conditions, statutoryLimit, promisedLimit, caseKind, changed, specialProcedures,
				materials, fees, place, hours, consultationPhone, supervisionPhone, maxVisits, online,
				refusalAuthority, maxExtensionWorkingDays, discipline, faq, extensionBasis);
	}

	/** This draft with other materials. */
	public ItemDraft withMaterials(List<Material> changed) {
		return new ItemDraft(name, basicCode, implementationCode, type, unitId, departmentId, responsiblePostIds,
				legalBasis, conditions, statutoryLimit, promisedLimit, caseKind, steps, specialProcedures, changed,
				fees, place, hours, consultationPhone, supervisionPhone, maxVisits, online, refusalAuthority,
				maxExtensionWorkingDays, discipline, faq, extensionBasis);
	}
}
