package org.xiaoneng.organization;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.xiaoneng.platform.documents.Documents;

/**
 * The staff import template and export as Excel workbooks, and reading a filled-in template. Columns are read by
 * position; choice values (gender, political status, employment) may be written in Chinese, in English or as their
 * codes, so a template downloaded in either language imports.
 */
@Component
class StaffWorkbook {

	/** The template's columns, in order, as message keys of their headers. */
	static final List<String> COLUMNS = List.of("staffNumber", "name", "gender", "phone", "position",
			"politicalStatus", "employment", "secondedFrom", "secondedUntil", "unit", "department", "joinedOn",
			"username");

	private static final int MAX_ROWS = 2000;

	private static final List<Locale> LANGUAGES = List.of(Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH);

	private final Documents documents;

	private final MessageSource messages;

	StaffWorkbook(Documents documents, MessageSource messages) {
		this.documents = documents;
		this.messages = messages;
	}

	/** One data row of an import, its cells as text (dates as ISO dates). */
	record ImportRow(int number, List<String> cells) {

		String cell(String column) {
			String value = cells.get(COLUMNS.indexOf(column));
			return value == null || value.isBlank() ? null : value.strip();
		}
	}

	/** Thrown when the upload is not an Excel workbook or has too many rows. */
	static final class UnreadableWorkbookException extends Exception {

		UnreadableWorkbookException(String message, Throwable cause) {
			super(message, cause);
		}
	}

	static String headerKey(String column) {
		return "organization.import.column." + column;
	}

	/** The empty template with the headers in the given language. */
	byte[] template(Locale locale) {
		return documents.excel(messages.getMessage("organization.import.sheet", null, locale), headers(locale),
				List.of());
	}

	/** The staff as a register in the template's columns (phones masked, as on screen). */
	byte[] export(List<StaffMember> staff, List<Unit> units, List<Department> departments, Locale locale) {
		List<List<?>> rows = new ArrayList<>();
		for (StaffMember member : staff) {
			String unit = units.stream().filter(u -> u.id() == member.unitId()).map(Unit::shortName).findFirst().orElse("");
			String department = departments.stream()
				.filter(d -> d.id() == member.departmentId())
				.map(Department::name)
				.findFirst()
				.orElse("");
			rows.add(Arrays.asList(member.staffNumber(), member.name(), label("gender", member.gender(), locale),
					member.maskedPhone(), member.position(), label("political", member.politicalStatus(), locale),
					label("employment", member.employment(), locale), member.secondedFrom(), member.secondedUntil(),
					unit, department, member.joinedOn(), member.username()));
		}
		return documents.excel(messages.getMessage("organization.import.sheet", null, locale), headers(locale), rows);
	}

	/** The data rows of the first sheet, skipping the header and empty rows. */
	List<ImportRow> read(InputStream xlsx) throws UnreadableWorkbookException {
		DataFormatter formatter = new DataFormatter(Locale.ROOT);
		List<ImportRow> rows = new ArrayList<>();
		try (Workbook workbook = WorkbookFactory.create(xlsx)) {
			Sheet sheet = workbook.getSheetAt(0);
			if (sheet.getLastRowNum() > MAX_ROWS) {
				throw new UnreadableWorkbookException("More than " + MAX_ROWS + " rows", null);
			}
			for (int r = 1; r <= sheet.getLastRowNum(); r++) {
				Row row = sheet.getRow(r);
				if (row == null) {
					continue;
				}
				List<String> cells = new ArrayList<>();
				boolean empty = true;
				for (int c = 0; c < COLUMNS.size(); c++) {
					String value = text(row.getCell(c), formatter);
					cells.add(value);
					empty &= value == null || value.isBlank();
				}
				if (!empty) {
					rows.add(new ImportRow(r + 1, cells));
				}
			}
		}
		catch (IOException | RuntimeException unreadable) {
			throw new UnreadableWorkbookException("Not a readable Excel workbook", unreadable);
		}
		return rows;
	}

	/** The choice a cell names: its code, or its label in Chinese or English. */
	<E extends Enum<E>> Optional<E> choice(String prefix, Class<E> type, String text) {
		if (text == null) {
			return Optional.empty();
		}
		for (E value : type.getEnumConstants()) {
			if (value.name().equalsIgnoreCase(text)) {
				return Optional.of(value);
			}
			for (Locale language : LANGUAGES) {
				if (label(prefix, value, language).equalsIgnoreCase(text)) {
					return Optional.of(value);
				}
			}
		}
		return Optional.empty();
	}

	/** An ISO date (2026-03-02), also written with slashes or dots. */
	static Optional<LocalDate> date(String text) {
		if (text == null) {
			return Optional.empty();
		}
		try {
			return Optional.of(LocalDate.parse(text.replace('/', '-').replace('.', '-')));
		}
		catch (DateTimeParseException notADate) {
			return Optional.empty();
		}
	}

	private List<String> headers(Locale locale) {
		return COLUMNS.stream().map(column -> messages.getMessage(headerKey(column), null, locale)).toList();
	}

	private String label(String prefix, Enum<?> value, Locale locale) {
		return messages.getMessage("organization." + prefix + "." + value.name(), null, locale);
	}

	private static String text(Cell cell, DataFormatter formatter) {
		if (cell == null) {
			return null;
		}
		if (cell.getCellType() == CellType.NUMERIC && DateUtil.isCellDateFormatted(cell)) {
			return cell.getLocalDateTimeCellValue().toLocalDate().toString();
		}
		return formatter.formatCellValue(cell);
	}
}
