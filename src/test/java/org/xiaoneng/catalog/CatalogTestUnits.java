package org.xiaoneng.catalog;

import java.util.List;
import java.util.function.Supplier;

import org.xiaoneng.common.UnitId;
import org.xiaoneng.organization.Organization;
import org.xiaoneng.testing.TestData;

/** For tests outside this package (web, browser): a unit of their own with a published item like 食品经营许可. */
public final class CatalogTestUnits {

	private CatalogTestUnits() {
	}

	/** A published item and the unit it belongs to, whose people tests act as. */
	public record Published(ServiceItem item, long unitId, String tag, CatalogUnitHandle handle) {

		/** The login name of one of the unit's people: handler, head, head2, leader. */
		public String username(String who) {
			return handle.unit().username(who);
		}

		/** A complete draft like 食品经营许可 (20 / 10 working days) of this unit. */
		public ItemDraft draft(String name, String suffix) {
			return handle.unit().foodLicence(name, suffix);
		}

		/** Publishes a commitment with a measured promise (按时办结率) and an unmeasured one. */
		public void publishCommitment(ServiceCatalog catalog) {
			CatalogUnit u = handle.unit();
			u.as("leader", () -> catalog.draftCommitment(new UnitId(u.unit.id()), new CommitmentDraft("我们承诺：",
					List.of(new Promise(0, PromiseCategory.SHORTENED_LIMIT, "按承诺时限办结", CommitmentMetric.ON_TIME_COMPLETION_RATE),
							new Promise(0, PromiseCategory.OTHER, "不收取额外费用", null)))));
			u.as("leader", () -> catalog.publishCommitment(new UnitId(u.unit.id()), null));
		}
	}

	/** Keeps the package-private fixture out of the public signature. */
	public record CatalogUnitHandle(Object fixture) {

		CatalogUnit unit() {
			return (CatalogUnit) fixture;
		}
	}

	/** A new unit laid out like 县市场监督管理局 with a published 食品经营许可-like item (20 / 10 working days, three materials). */
	public static Published publishedFoodLicence(Organization organization, ServiceCatalog catalog, String name) {
		CatalogUnit u = new CatalogUnit(organization, "县市场监督管理局");
		ServiceItem item = u.published(catalog, u.foodLicence(name + u.tag, "w"));
		return new Published(item, u.unit.id(), u.tag, new CatalogUnitHandle(u));
	}

	/** The text of every page of a PDF, without whitespace (line breaks fall anywhere in Chinese text). */
	public static String pdfText(byte[] pdf) throws java.io.IOException {
		try (com.lowagie.text.pdf.PdfReader reader = new com.lowagie.text.pdf.PdfReader(pdf)) {
			com.lowagie.text.pdf.parser.PdfTextExtractor extractor = new com.lowagie.text.pdf.parser.PdfTextExtractor(reader);
			StringBuilder text = new StringBuilder();
			for (int page = 1; page <= reader.getNumberOfPages(); page++) {
				text.append(extractor.getTextFromPage(page));
			}
			return text.toString().replaceAll("\\s+", "");
		}
	}

	/** Runs the action signed in with one role. */
	public static <T> T as(String username, String role, Supplier<T> action) {
		return TestData.runAs(username, action, role);
	}
}
