package org.xiaoneng.platform.documents;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

import org.xiaoneng.common.Clocks;

/**
 * A register (登记册) as one Excel sheet: a bold, frozen header row with a filter, then one typed row per entry, so
 * that dates sort as dates and numbers add up.
 */
final class RegisterWorkbook {

	// Business dates are Shanghai dates (ARCHITECTURE.md, Time); Excel cells carry no zone.
	private static final ZoneId BUSINESS_ZONE = Clocks.BUSINESS_ZONE;

	// Rows beyond this many are flushed to a temporary file, so a register of any length fits in memory.
	private static final int ROWS_IN_MEMORY = 200;

	private static final int MIN_COLUMN_CHARS = 6;

	private static final int MAX_COLUMN_CHARS = 60;

	private RegisterWorkbook() {
	}

	static byte[] xlsx(String sheetTitle, List<String> headers, List<? extends List<?>> rows) {
		if (headers.isEmpty()) {
			throw new IllegalArgumentException("A register needs at least one column");
		}
		int rowNumber = 0;
		for (List<?> values : rows) {
			rowNumber++;
			if (values.size() != headers.size()) {
				throw new IllegalArgumentException(
						"Row " + rowNumber + " has " + values.size() + " values for " + headers.size() + " columns");
			}
		}
		// Closing the workbook also deletes the temporary files of flushed rows.
		try (SXSSFWorkbook workbook = new SXSSFWorkbook(ROWS_IN_MEMORY)) {
			Sheet sheet = workbook.createSheet(WorkbookUtil.createSafeSheetName(sheetTitle));
			Styles styles = new Styles(workbook);
			int[] widths = new int[headers.size()];

			Row headerRow = sheet.createRow(0);
			for (int column = 0; column < headers.size(); column++) {
				Cell cell = headerRow.createCell(column);
				cell.setCellValue(headers.get(column));
				cell.setCellStyle(styles.header);
				widths[column] = displayWidth(headers.get(column));
			}
			int rowIndex = 0;
			for (List<?> values : rows) {
				Row row = sheet.createRow(++rowIndex);
				for (int column = 0; column < values.size(); column++) {
					Object value = values.get(column);
					// No cell at all for a missing value, so that Excel's blank-cell functions see it as empty.
					if (value != null) {
						widths[column] = Math.max(widths[column], write(row.createCell(column), value, styles));
					}
				}
			}

			sheet.createFreezePane(0, 1);
			sheet.setAutoFilter(new CellRangeAddress(0, rows.size(), 0, headers.size() - 1));
			for (int column = 0; column < widths.length; column++) {
				int chars = Math.min(MAX_COLUMN_CHARS, Math.max(MIN_COLUMN_CHARS, widths[column] + 2));
				// Excel measures column width in 1/256 of a character.
				sheet.setColumnWidth(column, chars * 256);
			}

			var out = new ByteArrayOutputStream();
			workbook.write(out);
			return out.toByteArray();
		}
		catch (IOException e) {
			throw new UncheckedIOException("Cannot write register " + sheetTitle, e);
		}
	}

	/** Writes one value as a typed cell; returns the width it needs in characters. */
	private static int write(Cell cell, Object value, Styles styles) {
		if (value instanceof Number number) {
			cell.setCellValue(number.doubleValue());
			return number.toString().length();
		}
		if (value instanceof Boolean flag) {
			cell.setCellValue(flag);
			return 5;
		}
		if (value instanceof LocalDate date) {
			cell.setCellValue(date);
			cell.setCellStyle(styles.date);
			return 10;
		}
		LocalDateTime dateTime = localDateTime(value);
		if (dateTime != null) {
			cell.setCellValue(dateTime);
			cell.setCellStyle(styles.dateTime);
			return 16;
		}
		String text = value.toString();
		cell.setCellValue(text);
		return displayWidth(text);
	}

	private static LocalDateTime localDateTime(Object value) {
		if (value instanceof LocalDateTime dateTime) {
			return dateTime;
		}
		if (value instanceof Instant instant) {
			return LocalDateTime.ofInstant(instant, BUSINESS_ZONE);
		}
		if (value instanceof OffsetDateTime dateTime) {
			return dateTime.atZoneSameInstant(BUSINESS_ZONE).toLocalDateTime();
		}
		if (value instanceof ZonedDateTime dateTime) {
			return dateTime.withZoneSameInstant(BUSINESS_ZONE).toLocalDateTime();
		}
		return null;
	}

	/** Chinese characters take two character widths in Excel's default fonts; the widest line counts. */
	private static int displayWidth(String text) {
		int widest = 0;
		for (String line : text.split("\n", -1)) {
			widest = Math.max(widest, line.codePoints().map(codePoint -> codePoint < 0x1100 ? 1 : 2).sum());
		}
		return widest;
	}

	/** Cell styles are per workbook and limited in number, so each kind is made once. */
	private static final class Styles {

		final CellStyle header;

		final CellStyle date;

		final CellStyle dateTime;

		Styles(SXSSFWorkbook workbook) {
			Font bold = workbook.createFont();
			bold.setBold(true);
			this.header = workbook.createCellStyle();
			this.header.setFont(bold);
			this.date = workbook.createCellStyle();
			this.date.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd"));
			this.dateTime = workbook.createCellStyle();
			this.dateTime.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd hh:mm"));
		}
	}
}
