package org.xiaoneng.catalog;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.xiaoneng.common.DepartmentId;
import org.xiaoneng.common.PostId;
import org.xiaoneng.organization.Department;
import org.xiaoneng.organization.Organization;
import org.xiaoneng.organization.OrganizationRecordNotFoundException;
import org.xiaoneng.organization.Post;

/**
 * The rules every version of an item keeps, checked on each save and again before publication; the first rule
 * broken is refused with its own message and nothing is stored.
 */
final class ItemRules {

	private ItemRules() {
	}

	/**
	 * The most that may be promised for a statutory limit: ⌊statutory × 2/3⌋, i.e. at least one third shorter
	 * (服务承诺制: 承诺时限比法定时限至少缩短三分之一).
	 */
	static int maximumPromise(int statutory) {
		return statutory * 2 / 3;
	}

	/**
	 * 行政许可法 第四十二条: a 行政许可 not decided in time may be extended with the leader's approval by 10 days (working
	 * days, 第八十二条) at most, unless a law or regulation says otherwise.
	 */
	static final int LICENSE_EXTENSION_WORKING_DAYS = 10;

	/** The draft with blanks trimmed, lists renumbered in their order and attachment flags cleared. */
	static ItemDraft normalized(ItemDraft draft) {
		List<ProcedureStep> steps = new ArrayList<>();
		for (ProcedureStep step : draft.steps()) {
			steps.add(new ProcedureStep(steps.size() + 1, text(step.name()), step.postId(), step.budgetWorkingDays()));
		}
		List<Material> materials = new ArrayList<>();
		for (Material m : draft.materials()) {
			materials.add(new Material(materials.size() + 1, text(m.name()), text(m.issuer()), m.originals(),
					m.copies(), text(m.paperSize()), m.required(), m.required() ? "" : text(m.condition()),
					m.electronicAccepted(), text(m.notes()), false, false));
		}
		return new ItemDraft(text(draft.name()), text(draft.basicCode()), text(draft.implementationCode()),
				draft.type(), draft.unitId(), draft.departmentId(), draft.responsiblePostIds().stream().distinct().toList(),
				draft.legalBasis().stream().map(b -> new LegalBasis(text(b.law()), text(b.article()))).toList(),
				text(draft.conditions()), limit(draft.statutoryLimit()), limit(draft.promisedLimit()), draft.caseKind(),
				steps,
				draft.specialProcedures().stream()
					.map(p -> new SpecialProcedure(text(p.name()), p.workingDays(), text(p.legalBasis()),
							p.countedInLimit()))
					.toList(),
				materials,
				draft.fees().stream().map(f -> new Fee(text(f.name()), f.amountYuan(), text(f.basis()))).toList(),
				text(draft.place()), text(draft.hours()), text(draft.consultationPhone()),
				text(draft.supervisionPhone()), draft.maxVisits(), draft.online(), draft.refusalAuthority(),
				draft.maxExtensionWorkingDays(), text(draft.discipline()),
				draft.faq().stream().map(f -> new Faq(text(f.question()), text(f.answer()))).toList(),
				text(draft.extensionBasis()));
	}

	/** Checks every rule of a normalized draft against the organisation. */
	static void check(ItemDraft draft, Organization organization) {
		require(!draft.name().isEmpty(), "name");
		require(draft.name().length() <= 200, "nameLength");
		require(!draft.implementationCode().isEmpty(), "implementationCode");
		require(draft.implementationCode().length() <= 64, "implementationCodeLength");
		require(draft.type() != null, "type");
		require(draft.caseKind() != null, "caseKind");
		require(draft.refusalAuthority() != null, "refusalAuthority");
		Department department = departmentOf(draft, organization);
		require(department.unitId() == draft.unitId(), "department");
		for (Long postId : draft.responsiblePostIds()) {
			require(postId != null && postOfUnit(postId, draft.unitId(), organization), "responsiblePost");
		}
		require(!draft.legalBasis().isEmpty(), "legalBasis");
		for (LegalBasis basis : draft.legalBasis()) {
			require(!basis.law().isEmpty(), "legalBasisLaw");
		}
		require(draft.maxVisits() >= 0 && draft.maxVisits() <= 2, "maxVisits");
		require(draft.maxExtensionWorkingDays() >= 0, "maxExtension");
		require(draft.type() != ItemType.ADMINISTRATIVE_LICENSE
				|| draft.maxExtensionWorkingDays() <= LICENSE_EXTENSION_WORKING_DAYS || !draft.extensionBasis().isEmpty(),
				"extensionBeyondArticle42", draft.maxExtensionWorkingDays(), LICENSE_EXTENSION_WORKING_DAYS);
		checkLimits(draft);
		checkSteps(draft, organization);
		checkMaterials(draft);
		for (SpecialProcedure procedure : draft.specialProcedures()) {
			require(!procedure.name().isEmpty(), "specialProcedureName");
			require(procedure.workingDays() >= 0, "specialProcedureDays");
			// 行政许可法 第四十五条 names the procedures that stop the clock; any other only where a law says so
			require(procedure.countedInLimit() || SpecialProcedure.namedInArticle45(procedure.name())
					|| !procedure.legalBasis().isEmpty(), "specialProcedureLaw", procedure.name());
		}
		for (Fee fee : draft.fees()) {
			require(!fee.name().isEmpty(), "feeName");
			require(fee.amountYuan() != null && fee.amountYuan().compareTo(BigDecimal.ZERO) >= 0, "feeAmount");
			require(!fee.basis().isEmpty(), "feeBasis");
		}
		for (Faq faq : draft.faq()) {
			require(!faq.question().isEmpty() && !faq.answer().isEmpty(), "faq");
		}
	}

	private static void checkLimits(ItemDraft draft) {
		TimeLimit statutory = draft.statutoryLimit();
		TimeLimit promised = draft.promisedLimit();
		require(statutory.unit() != null && promised.unit() != null, "limitUnit");
		require(promised.number() != null && promised.number() >= 0, "promisedLimit");
		if (draft.caseKind() == CaseKind.IMMEDIATE) {
			// 即办件: decided on the spot, so nothing but 0 can be promised
			require(promised.number() == 0, "immediatePromisesZero", promised.number());
		}
		if (statutory.number() == null) {
			// No statutory limit (e.g. 公共服务 without one): the item says why, so the public knows
			require(!statutory.explanation().isEmpty(), "noStatutoryLimitExplanation");
			return;
		}
		require(statutory.number() >= 0, "statutoryLimit");
		require(statutory.unit() == promised.unit(), "limitUnitsDiffer");
		int maximum = maximumPromise(statutory.number());
		if (promised.number() > maximum) {
			throw new PromisedLimitOverTwoThirdsException(promised.number(), statutory.number(), maximum,
					statutory.unit());
		}
	}

	private static void checkSteps(ItemDraft draft, Organization organization) {
		require(!draft.steps().isEmpty(), "steps");
		int budgets = 0;
		for (ProcedureStep step : draft.steps()) {
			require(!step.name().isEmpty(), "stepName", step.number());
			if (step.postId() <= 0 || !postOfUnit(step.postId(), draft.unitId(), organization)) {
				throw new StepWithoutResponsiblePostException(step.number(), step.name());
			}
			require(step.budgetWorkingDays() >= 0, "stepBudget", step.number());
			budgets += step.budgetWorkingDays();
		}
		if (budgets > draft.promisedLimit().number()) {
			throw new StepBudgetsExceedPromisedLimitException(budgets, draft.promisedLimit().number());
		}
	}

	private static void checkMaterials(ItemDraft draft) {
		for (Material material : draft.materials()) {
			if (material.name().isEmpty()) {
				throw new MaterialWithoutNameException(material.number());
			}
			require(material.originals() >= 0 && material.copies() >= 0, "materialCounts", material.name());
			require(material.required() || !material.condition().isEmpty(), "materialCondition", material.name());
		}
	}

	private static Department departmentOf(ItemDraft draft, Organization organization) {
		try {
			return organization.department(new DepartmentId(draft.departmentId()));
		}
		catch (OrganizationRecordNotFoundException unknown) {
			throw new ItemElementInvalidException("department");
		}
	}

	private static boolean postOfUnit(long postId, long unitId, Organization organization) {
		try {
			Post post = organization.post(new PostId(postId));
			return organization.department(new DepartmentId(post.departmentId())).unitId() == unitId;
		}
		catch (OrganizationRecordNotFoundException unknown) {
			return false;
		}
	}

	private static TimeLimit limit(TimeLimit limit) {
		return limit == null ? new TimeLimit(null, null, "") : new TimeLimit(limit.number(), limit.unit(), text(limit.explanation()));
	}

	private static void require(boolean condition, String element, Object... arguments) {
		if (!condition) {
			throw new ItemElementInvalidException(element, arguments);
		}
	}

	private static String text(String value) {
		return Objects.requireNonNullElse(value, "").strip();
	}
}
