package org.xiaoneng.catalog.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.xiaoneng.catalog.CaseKind;
import org.xiaoneng.catalog.Faq;
import org.xiaoneng.catalog.Fee;
import org.xiaoneng.catalog.ItemDraft;
import org.xiaoneng.catalog.ItemType;
import org.xiaoneng.catalog.LegalBasis;
import org.xiaoneng.catalog.LimitUnit;
import org.xiaoneng.catalog.Material;
import org.xiaoneng.catalog.ProcedureStep;
import org.xiaoneng.catalog.RefusalAuthority;
import org.xiaoneng.catalog.ServiceItem;
import org.xiaoneng.catalog.SpecialProcedure;
import org.xiaoneng.catalog.TimeLimit;

/**
 * The item editor's form: scalar elements and lists as repeatable rows. The page shows every row on record plus
 * {@link #BLANK_ROWS} empty ones; rows left empty are dropped on saving, so a list grows by saving.
 */
class ItemForm {

	static final int BLANK_ROWS = 2;

	public String name = "";

	public String basicCode = "";

	public String implementationCode = "";

	public ItemType type = ItemType.ADMINISTRATIVE_LICENSE;

	public Long departmentId;

	public String conditions = "";

	public Integer statutoryNumber;

	public LimitUnit statutoryUnit = LimitUnit.WORKING_DAYS;

	public String statutoryExplanation = "";

	public Integer promisedNumber;

	public LimitUnit promisedUnit = LimitUnit.WORKING_DAYS;

	public String promisedExplanation = "";

	public CaseKind caseKind = CaseKind.PROMISED;

	public String place = "";

	public String hours = "";

	public String consultationPhone = "";

	public String supervisionPhone = "12345";

	public Integer maxVisits = 1;

	public boolean online;

	public RefusalAuthority refusalAuthority = RefusalAuthority.DEPARTMENT_HEAD;

	public Integer maxExtensionWorkingDays = 0;

	public String extensionBasis = "";

	public String discipline = "";

	public List<Long> responsiblePostIds = new ArrayList<>();

	public List<BasisRow> legalBasis = new ArrayList<>();

	public List<StepRow> steps = new ArrayList<>();

	public List<SpecialRow> specialProcedures = new ArrayList<>();

	public List<MaterialRow> materials = new ArrayList<>();

	public List<FeeRow> fees = new ArrayList<>();

	public List<FaqRow> faq = new ArrayList<>();

	/** A legal basis row. */
	public static class BasisRow {

		public String law = "";

		public String article = "";
	}

	/** A procedure step row. */
	public static class StepRow {

		public String name = "";

		public Long postId;

		public Integer budget;
	}

	/** A special procedure row. */
	public static class SpecialRow {

		public String name = "";

		public Integer days;

		public String basis = "";

		public boolean counted;
	}

	/** A material row. */
	public static class MaterialRow {

		public String name = "";

		public String issuer = "";

		public Integer originals = 1;

		public Integer copies = 0;

		public String paperSize = "A4";

		public boolean required = true;

		public String condition = "";

		public boolean electronicAccepted;

		public String notes = "";

		public boolean blank() {
			return isBlank(name) && isBlank(issuer) && isBlank(condition) && isBlank(notes);
		}
	}

	/** A fee row. */
	public static class FeeRow {

		public String name = "";

		public BigDecimal amount;

		public String basis = "";
	}

	/** A question-and-answer row. */
	public static class FaqRow {

		public String question = "";

		public String answer = "";
	}

	static ItemForm of(ServiceItem item) {
		ItemForm form = new ItemForm();
		form.name = item.name();
		form.basicCode = item.basicCode();
		form.implementationCode = item.implementationCode();
		form.type = item.type();
		form.departmentId = item.departmentId();
		form.conditions = item.conditions();
		form.statutoryNumber = item.statutoryLimit().number();
		form.statutoryUnit = item.statutoryLimit().unit();
		form.statutoryExplanation = item.statutoryLimit().explanation();
		form.promisedNumber = item.promisedLimit().number();
		form.promisedUnit = item.promisedLimit().unit();
		form.promisedExplanation = item.promisedLimit().explanation();
		form.caseKind = item.caseKind();
		form.place = item.place();
		form.hours = item.hours();
		form.consultationPhone = item.consultationPhone();
		form.supervisionPhone = item.supervisionPhone();
		form.maxVisits = item.maxVisits();
		form.online = item.online();
		form.refusalAuthority = item.refusalAuthority();
		form.maxExtensionWorkingDays = item.maxExtensionWorkingDays();
		form.extensionBasis = item.extensionBasis();
		form.discipline = item.discipline();
		form.responsiblePostIds = new ArrayList<>(item.responsiblePostIds());
		for (LegalBasis basis : item.legalBasis()) {
			BasisRow row = new BasisRow();
			row.law = basis.law();
			row.article = basis.article();
			form.legalBasis.add(row);
		}
		for (ProcedureStep step : item.steps()) {
			StepRow row = new StepRow();
			row.name = step.name();
			row.postId = step.postId();
			row.budget = step.budgetWorkingDays();
			form.steps.add(row);
		}
		for (SpecialProcedure procedure : item.specialProcedures()) {
			SpecialRow row = new SpecialRow();
			row.name = procedure.name();
			row.days = procedure.workingDays();
			row.basis = procedure.legalBasis();
			row.counted = procedure.countedInLimit();
			form.specialProcedures.add(row);
		}
		for (Material material : item.materials()) {
			MaterialRow row = new MaterialRow();
			row.name = material.name();
			row.issuer = material.issuer();
			row.originals = material.originals();
			row.copies = material.copies();
			row.paperSize = material.paperSize();
			row.required = material.required();
			row.condition = material.condition();
			row.electronicAccepted = material.electronicAccepted();
			row.notes = material.notes();
			form.materials.add(row);
		}
		for (Fee fee : item.fees()) {
			FeeRow row = new FeeRow();
			row.name = fee.name();
			row.amount = fee.amountYuan();
			row.basis = fee.basis();
			form.fees.add(row);
		}
		for (Faq faq : item.faq()) {
			FaqRow row = new FaqRow();
			row.question = faq.question();
			row.answer = faq.answer();
			form.faq.add(row);
		}
		return form;
	}

	/** The form with its empty rows dropped, then {@link #BLANK_ROWS} fresh ones added to each list, for the page. */
	ItemForm withBlankRows() {
		dropBlankRows();
		for (int i = 0; i < BLANK_ROWS; i++) {
			legalBasis.add(new BasisRow());
			steps.add(new StepRow());
			specialProcedures.add(new SpecialRow());
			materials.add(new MaterialRow());
			fees.add(new FeeRow());
			faq.add(new FaqRow());
		}
		return this;
	}

	private void dropBlankRows() {
		legalBasis.removeIf(row -> row == null || isBlank(row.law) && isBlank(row.article));
		steps.removeIf(row -> row == null || isBlank(row.name) && row.postId == null && row.budget == null);
		specialProcedures.removeIf(row -> row == null || isBlank(row.name) && row.days == null);
		materials.removeIf(row -> row == null || row.blank());
		fees.removeIf(row -> row == null || isBlank(row.name) && row.amount == null);
		faq.removeIf(row -> row == null || isBlank(row.question) && isBlank(row.answer));
	}

	/** The draft the form describes, for a department of the given unit; empty rows are left out. */
	ItemDraft draft(long unitId) {
		dropBlankRows();
		return new ItemDraft(name, basicCode, implementationCode, type, unitId, departmentId == null ? 0 : departmentId,
				responsiblePostIds.stream().filter(Objects::nonNull).toList(),
				legalBasis.stream().map(row -> new LegalBasis(row.law, row.article)).toList(), conditions,
				new TimeLimit(statutoryNumber, statutoryUnit, statutoryExplanation),
				new TimeLimit(promisedNumber, promisedUnit, promisedExplanation), caseKind,
				steps.stream()
					.map(row -> new ProcedureStep(0, row.name, row.postId == null ? 0 : row.postId,
							row.budget == null ? 0 : row.budget))
					.toList(),
				specialProcedures.stream()
					.map(row -> new SpecialProcedure(row.name, row.days == null ? 0 : row.days, row.basis, row.counted))
					.toList(),
				materials.stream()
					.map(row -> new Material(0, row.name, row.issuer, value(row.originals), value(row.copies),
							row.paperSize, row.required, row.condition, row.electronicAccepted, row.notes, false, false))
					.toList(),
				fees.stream().map(row -> new Fee(row.name, row.amount, row.basis)).toList(), place, hours,
				consultationPhone, supervisionPhone, value(maxVisits), online, refusalAuthority,
				value(maxExtensionWorkingDays), discipline,
				faq.stream().map(row -> new Faq(row.question, row.answer)).toList(), extensionBasis);
	}

	private static int value(Integer number) {
		return number == null ? 0 : number;
	}

	private static boolean isBlank(String text) {
		return text == null || text.isBlank();
	}
}
