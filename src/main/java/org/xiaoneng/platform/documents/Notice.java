package org.xiaoneng.platform.documents;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A written notice as data (一次性告知书, 收件回执单, 决定书, 通知): what {@link Documents#pdf(Notice)} prints. The same
 * notice always prints to the same bytes, so a notice stored as data reprints identically.
 *
 * @param title the heading, e.g. 一次性告知书
 * @param documentNumber the 文号 printed under the title, e.g. 某效告〔2026〕12号; empty when the notice has none
 * @param addressee the person or body the notice is addressed to (主送), printed with a full-width colon; empty for
 * none
 * @param sections the body, in reading order
 * @param signature the 落款: issuing unit and date; the date is also the PDF's creation date
 * @param qrCode a QR code printed after the signature, or {@code null} for none
 */
public record Notice(String title, String documentNumber, String addressee, List<Section> sections,
		Signature signature, QrCode qrCode) {

	public Notice {
		Objects.requireNonNull(title, "title");
		Objects.requireNonNull(documentNumber, "documentNumber");
		Objects.requireNonNull(addressee, "addressee");
		sections = List.copyOf(sections);
		Objects.requireNonNull(signature, "signature");
	}

	/**
	 * One part of the body: an optional heading, its paragraphs, then an optional table.
	 *
	 * @param heading printed in bold above the paragraphs; empty for none
	 * @param paragraphs each printed as its own paragraph with the first line indented
	 * @param table printed after the paragraphs, or {@code null} for none
	 */
	public record Section(String heading, List<String> paragraphs, Table table) {

		public Section {
			Objects.requireNonNull(heading, "heading");
			paragraphs = List.copyOf(paragraphs);
		}

		/** A section of paragraphs without a table. */
		public Section(String heading, List<String> paragraphs) {
			this(heading, paragraphs, null);
		}
	}

	/**
	 * A table with a header row, repeated on every page the table runs over.
	 *
	 * @param headers the column headings
	 * @param rows the rows, each with one text per column
	 */
	public record Table(List<String> headers, List<List<String>> rows) {

		public Table {
			headers = List.copyOf(headers);
			rows = rows.stream().map(List::copyOf).toList();
			if (headers.isEmpty()) {
				throw new IllegalArgumentException("A table needs at least one column");
			}
			for (List<String> row : rows) {
				if (row.size() != headers.size()) {
					throw new IllegalArgumentException(
							"Every row needs " + headers.size() + " cells, one per column, but one has " + row.size());
				}
			}
		}
	}

	/**
	 * The 落款 at the end of the notice.
	 *
	 * @param unit the issuing unit's name (发文机关署名)
	 * @param date the date the notice was made (成文日期)
	 */
	public record Signature(String unit, LocalDate date) {

		public Signature {
			Objects.requireNonNull(unit, "unit");
			Objects.requireNonNull(date, "date");
		}
	}

	/**
	 * A QR code with a line of text under it telling the reader what scanning it does.
	 *
	 * @param content what the code encodes, e.g. a progress-query address
	 * @param caption printed under the code; empty for none
	 */
	public record QrCode(String content, String caption) {

		public QrCode {
			Objects.requireNonNull(content, "content");
			Objects.requireNonNull(caption, "caption");
		}
	}
}
