package org.xiaoneng.disclosure;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.xiaoneng.disclosure.PersonalDataFinding.Kind;

/** Personal information that blocks publication is found with its place, and numbers that only look alike are not. */
class PersonalDataScanUnitTests {

	static final String ID = "11010519491231002X";

	static final String CARD = "6222021234567890128";

	@Test
	void aResidentIdNumberIsFoundOnlyWithItsRightCheckCharacter() {
		assertThat(PersonalDataScan.lines("申请人身份证号" + ID + "。", "BODY")).extracting(PersonalDataFinding::kind)
			.containsExactly(Kind.RESIDENT_ID);
		assertThat(PersonalDataScan.lines("编号110105194912310021", "BODY")).isEmpty();
	}

	@Test
	void aMobileNumberIsFoundWrittenPlainOrInGroupsWithItsLineAndMasked() {
		List<PersonalDataFinding> found = PersonalDataScan.lines("第一行\n联系电话：138 0013 8000", "BODY");

		assertThat(found).containsExactly(new PersonalDataFinding(Kind.MOBILE, "BODY", List.of("2"), "138****8000"));
		assertThat(PersonalDataScan.lines("座机 0851-86812345，文号 20261234567890", "BODY")).isEmpty();
	}

	@Test
	void aBankCardNumberIsFoundOnlyWhenItsLuhnDigitIsRight() {
		assertThat(PersonalDataScan.lines("补助发放至卡号 " + CARD, "BODY")).extracting(PersonalDataFinding::masked)
			.containsExactly("6222***********0128");
		assertThat(PersonalDataScan.lines("合同编号 6222021234567890120", "BODY")).isEmpty();
	}

	@Test
	void aPdfAttachmentNamesThePageOfItsFinding() throws IOException {
		byte[] pdf = DisclosureFixtures.pdf("Budget 2026", "Contact 13800138000");

		assertThat(AttachmentFormat.of("budget.pdf", pdf)).contains(AttachmentFormat.PDF);
		assertThat(AttachmentFormat.PDF.scan("budget.pdf", pdf))
			.containsExactly(new PersonalDataFinding(Kind.MOBILE, "PDF", List.of("budget.pdf", "2"), "138****8000"));
	}

	@Test
	void aDocxAttachmentNamesTheParagraphAndAnXlsxOneTheCell() throws IOException {
		ByteArrayOutputStream docx = new ByteArrayOutputStream();
		try (XWPFDocument document = new XWPFDocument()) {
			document.createParagraph().createRun().setText("名单如下");
			document.createParagraph().createRun().setText("张三 " + ID);
			document.write(docx);
		}
		ByteArrayOutputStream xlsx = new ByteArrayOutputStream();
		try (XSSFWorkbook workbook = new XSSFWorkbook()) {
			var row = workbook.createSheet("发放表").createRow(2);
			row.createCell(0).setCellValue("李四");
			row.createCell(1).setCellValue(CARD);
			workbook.write(xlsx);
		}

		assertThat(AttachmentFormat.of("名单.docx", docx.toByteArray())).contains(AttachmentFormat.DOCX);
		assertThat(AttachmentFormat.DOCX.scan("名单.docx", docx.toByteArray()))
			.containsExactly(new PersonalDataFinding(Kind.RESIDENT_ID, "DOCX", List.of("名单.docx", "2"),
					"110105********002X"));
		assertThat(AttachmentFormat.XLSX.scan("发放表.xlsx", xlsx.toByteArray()))
			.containsExactly(new PersonalDataFinding(Kind.BANK_CARD, "XLSX", List.of("发放表.xlsx", "发放表", "B3"),
					"6222***********0128"));
	}

	@Test
	void aFileWhoseContentDoesNotMatchItsNameIsNoAttachment() {
		assertThat(AttachmentFormat.of("budget.pdf", "MZ\u0090\u0000".getBytes())).isEmpty();
		assertThat(AttachmentFormat.of("budget.exe", "%PDF-1.4\n".getBytes())).isEmpty();
	}
}
