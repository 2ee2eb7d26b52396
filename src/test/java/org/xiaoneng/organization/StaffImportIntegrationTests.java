package org.xiaoneng.organization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.xiaoneng.testing.IntegrationTest;

/**
 * Staff import from the Excel template: all rows or none, with every problem reported by row and column; and the
 * export of the staff register with masked phones.
 */
@IntegrationTest
@RecordApplicationEvents
@WithMockUser(username = "org-admin", roles = "ADMIN")
class StaffImportIntegrationTests {

	@Autowired
	Organization organization;

	@Autowired
	ApplicationEvents events;

	@Test
	void theTemplateHasTheColumnsInTheCallersLanguage() throws IOException {
		try (Workbook template = WorkbookFactory.create(new ByteArrayInputStream(
				organization.staffImportTemplate(Locale.SIMPLIFIED_CHINESE)))) {
			Row header = template.getSheetAt(0).getRow(0);
			assertThat(header.getCell(0).getStringCellValue()).isEqualTo("工号");
			assertThat(header.getLastCellNum()).isEqualTo((short) StaffWorkbook.COLUMNS.size());
		}
	}

	@Test
	void validRowsAllJoinWithLabelsInEitherLanguage() throws IOException {
		SampleUnit sample = new SampleUnit(organization);
		byte[] xlsx = workbook(
				row("I1" + sample.tag, "周导入", "女", "13700137000", "科员", "中共党员", "在编", "", "",
						sample.unit.shortName(), "执法科", "2026-03-02", ""),
				row("I2" + sample.tag, "吴导入", "Male", "", "", "MASSES", "借调", "2026-03-01", "2026-09-30",
						sample.unit.name(), "窗口组", "2026-03-02", "i2-" + sample.tag));

		StaffImportReport report = organization.importStaff(new ByteArrayInputStream(xlsx));

		assertThat(report.problems()).isEmpty();
		assertThat(report.imported()).isEqualTo(2);
		StaffMember seconded = organization.staffByNumber("I2" + sample.tag).orElseThrow();
		assertThat(seconded.employment()).isEqualTo(Employment.SECONDED);
		assertThat(seconded.departmentId()).isEqualTo(sample.windowGroup.id());
		assertThat(seconded.username()).isEqualTo("i2-" + sample.tag);
		assertThat(events.stream(StaffJoined.class).filter(joined -> joined.staffNumber().startsWith("I")))
			.hasSizeGreaterThanOrEqualTo(2);
	}

	@Test
	void oneBadRowImportsNobodyAndEveryProblemIsReportedByRow() throws IOException {
		SampleUnit sample = new SampleUnit(organization);
		byte[] xlsx = workbook(
				row("OK" + sample.tag, "郑正确", "男", "", "", "群众", "在编", "", "", sample.unit.shortName(), "执法科",
						"2026-03-02", ""),
				row("BAD" + sample.tag, "王有误", "未知", "", "", "群众", "在编", "", "", sample.unit.shortName(),
						"不存在科", "2026/13/40", ""),
				row(sample.handler.staffNumber(), "", "男", "", "", "群众", "在编", "", "", sample.unit.shortName(),
						"执法科", "2026-03-02", ""),
				row("OK" + sample.tag, "重复号", "男", "", "", "群众", "借调", "", "", sample.unit.shortName(), "执法科",
						"2026-03-02", ""));

		StaffImportReport report = organization.importStaff(new ByteArrayInputStream(xlsx));

		assertThat(report.imported()).isZero();
		assertThat(report.problems()).extracting(StaffImportProblem::row, StaffImportProblem::messageKey)
			.contains(tuple(3, "organization.import.choice"),
					tuple(3, "organization.import.departmentUnknown"),
					tuple(3, "organization.import.date"),
					tuple(4, "organization.staff.numberTaken"),
					tuple(4, "organization.import.required"),
					tuple(5, "organization.import.duplicateInFile"));
		assertThat(report.problems()).noneMatch(problem -> problem.row() == 2);
		assertThat(organization.staffByNumber("OK" + sample.tag)).isEmpty();
	}

	@Test
	void aRuleBrokenInAnOtherwiseWellFormedRowIsReported() throws IOException {
		SampleUnit sample = new SampleUnit(organization);
		byte[] xlsx = workbook(row("SEC" + sample.tag, "借调无期", "男", "", "", "群众", "借调", "", "",
				sample.unit.shortName(), "执法科", "2026-03-02", ""));

		StaffImportReport report = organization.importStaff(new ByteArrayInputStream(xlsx));

		assertThat(report.problems()).singleElement()
			.extracting(StaffImportProblem::messageKey)
			.isEqualTo("organization.staff.secondmentDatesRequired");
		assertThat(organization.staffByNumber("SEC" + sample.tag)).isEmpty();
	}

	@Test
	void aFileThatIsNotAWorkbookIsRefused() {
		StaffImportReport report = organization.importStaff(new ByteArrayInputStream("not excel".getBytes()));

		assertThat(report.imported()).isZero();
		assertThat(report.problems()).extracting(StaffImportProblem::messageKey)
			.containsExactly("organization.import.unreadable");
	}

	@Test
	void theExportListsTheStaffInScopeWithMaskedPhones() throws IOException {
		SampleUnit sample = new SampleUnit(organization);
		DataScope handlerScope = organization.scopeOf(sample.username("e"), Set.of("HANDLER"));

		byte[] xlsx = organization.exportStaff(StaffQuery.all(), handlerScope, Locale.SIMPLIFIED_CHINESE);

		try (Workbook exported = WorkbookFactory.create(new ByteArrayInputStream(xlsx))) {
			Sheet sheet = exported.getSheetAt(0);
			assertThat(sheet.getLastRowNum()).isEqualTo(1);
			assertThat(sheet.getRow(1).getCell(0).getStringCellValue()).isEqualTo(sample.enforcer.staffNumber());
			assertThat(sheet.getRow(1).getCell(3).getStringCellValue()).isEqualTo("139****9000");
			assertThat(sheet.getRow(1).getCell(10).getStringCellValue()).isEqualTo("执法科");
		}
	}

	private static List<String> row(String... cells) {
		return List.of(cells);
	}

	@SafeVarargs
	private static byte[] workbook(List<String>... rows) throws IOException {
		try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			Sheet sheet = workbook.createSheet("人员");
			Row header = sheet.createRow(0);
			for (int c = 0; c < StaffWorkbook.COLUMNS.size(); c++) {
				header.createCell(c).setCellValue(StaffWorkbook.COLUMNS.get(c));
			}
			List<List<String>> all = new ArrayList<>(List.of(rows));
			for (int r = 0; r < all.size(); r++) {
				Row row = sheet.createRow(r + 1);
				for (int c = 0; c < all.get(r).size(); c++) {
					if (!all.get(r).get(c).isEmpty()) {
						row.createCell(c).setCellValue(all.get(r).get(c));
					}
				}
			}
			workbook.write(out);
			return out.toByteArray();
		}
	}
}
