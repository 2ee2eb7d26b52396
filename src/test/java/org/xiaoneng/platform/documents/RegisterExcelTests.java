package org.xiaoneng.platform.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/**
 * A register exported to Excel opens with its headers on top and its values as dates, numbers and text that Excel
 * can sort and add up.
 */
class RegisterExcelTests {

	private static final Documents documents = new Documents();

	private static final List<String> HEADERS = List.of("收件编号", "申请人", "受理日期", "报备时间", "材料份数", "收费（元）", "已退还");

	@Test
	void refusalRegisterReadsBackWithItsHeadersAndValues() throws IOException {
		byte[] xlsx = documents.excel("否定报备登记册", HEADERS, List.of(
				List.of("X2026-0001", "张三", LocalDate.of(2026, 11, 30), LocalDateTime.of(2026, 12, 1, 9, 30), 3,
						new BigDecimal("12.50"), true),
				Arrays.asList("X2026-0002", "某某科技有限公司", LocalDate.of(2026, 12, 2),
						Instant.parse("2026-12-02T01:15:00Z"), 1L, null, false)));

		try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
			XSSFSheet sheet = workbook.getSheetAt(0);
			assertThat(sheet.getSheetName()).isEqualTo("否定报备登记册");
			assertThat(texts(sheet.getRow(0))).containsExactlyElementsOf(HEADERS);

			Row first = sheet.getRow(1);
			assertThat(first.getCell(0).getStringCellValue()).isEqualTo("X2026-0001");
			assertThat(first.getCell(1).getStringCellValue()).isEqualTo("张三");
			assertThat(DateUtil.isCellDateFormatted(first.getCell(2))).isTrue();
			assertThat(first.getCell(2).getLocalDateTimeCellValue().toLocalDate()).isEqualTo(LocalDate.of(2026, 11, 30));
			assertThat(first.getCell(3).getLocalDateTimeCellValue()).isEqualTo(LocalDateTime.of(2026, 12, 1, 9, 30));
			assertThat(first.getCell(4).getNumericCellValue()).isEqualTo(3);
			assertThat(first.getCell(5).getNumericCellValue()).isEqualTo(12.5);
			assertThat(first.getCell(6).getBooleanCellValue()).isTrue();

			Row second = sheet.getRow(2);
			assertThat(second.getCell(1).getStringCellValue()).isEqualTo("某某科技有限公司");
			assertThat(second.getCell(3).getLocalDateTimeCellValue())
				.as("an instant shown in Beijing time").isEqualTo(LocalDateTime.of(2026, 12, 2, 9, 15));
			assertThat(second.getCell(5, Row.MissingCellPolicy.RETURN_NULL_AND_BLANK)).isNull();
			assertThat(sheet.getLastRowNum()).isEqualTo(2);
		}
	}

	@Test
	void headerRowIsBoldFrozenAndWideEnoughForChinese() throws IOException {
		byte[] xlsx = documents.excel("首问登记", List.of("来访人", "事由"),
				List.of(List.of("张三", "咨询个体工商户设立登记需要准备哪些材料")));

		try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
			XSSFSheet sheet = workbook.getSheetAt(0);
			Cell header = sheet.getRow(0).getCell(0);
			assertThat(workbook.getFontAt(header.getCellStyle().getFontIndex()).getBold()).isTrue();
			assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
			assertThat(sheet.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 1);
			// 19 hanzi are 38 character widths in Excel's units of 1/256 of a character.
			assertThat(sheet.getColumnWidth(1)).isGreaterThanOrEqualTo(38 * 256);
			assertThat(sheet.getRow(1).getCell(1).getCellType()).isEqualTo(CellType.STRING);
		}
	}

	@Test
	void rowWithTheWrongNumberOfValuesIsRefused() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> documents.excel("首问登记", List.of("来访人", "事由"), List.of(List.of("张三"))))
			.withMessageContaining("Row 1");
	}

	private static List<String> texts(Row row) {
		return IntStream.range(0, row.getLastCellNum())
			.mapToObj(column -> row.getCell(column).getStringCellValue())
			.toList();
	}
}
