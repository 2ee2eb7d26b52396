package org.xiaoneng.platform.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.MultiFormatReader;
import com.google.zxing.NotFoundException;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.lowagie.text.pdf.PRStream;
import com.lowagie.text.pdf.PdfDictionary;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;

/**
 * A written notice prints as a PDF that shows its Chinese text on any machine, yields that text back, and reprints
 * byte for byte.
 */
class NoticePdfTests {

	private static final Documents documents = new Documents();

	private static final String PROGRESS_ADDRESS = "https://xiaoneng.example/progress?code=Q20261130012";

	@Test
	void supplementNoticeShowsItsChineseTextToATextExtractor() throws IOException {
		byte[] pdf = documents.pdf(supplementNotice("张三"));

		String text = extractedText(pdf);
		assertThat(text).contains("一次性告知书", "补正材料通知书", "某效告〔2026〕12号", "张三：", "身份证复印件",
				"经营场所使用证明", "房屋租赁合同须在有效期内", "经办人：李四", "某某市市场监督管理局", "2026年11月30日",
				"扫码查询办理进度", "—1—");
	}

	@Test
	void supplementNoticeEmbedsASubsetOfTheChineseFont() throws IOException {
		byte[] pdf = documents.pdf(supplementNotice("张三"));

		List<PdfDictionary> fonts = pageFonts(new PdfReader(pdf));
		assertThat(fonts).isNotEmpty().allSatisfy(font -> {
			assertThat(font.getAsName(PdfName.SUBTYPE)).isEqualTo(PdfName.TYPE0);
			assertThat(font.getAsName(PdfName.ENCODING)).isEqualTo(new PdfName("Identity-H"));
			assertThat(font.get(PdfName.TOUNICODE)).as("ToUnicode map for text extraction").isNotNull();
			PdfDictionary cidFont = font.getAsArray(PdfName.DESCENDANTFONTS).getAsDict(0);
			assertThat(PdfName.decodeName(cidFont.getAsName(PdfName.BASEFONT).toString()))
				.matches("[A-Z]{6}\\+NotoSerifCJKsc-Regular");
			PdfDictionary descriptor = cidFont.getAsDict(PdfName.FONTDESCRIPTOR);
			assertThat(descriptor.get(PdfName.FONTFILE2)).as("embedded TrueType font program").isNotNull();
		});
		assertThat(pdf.length).as("a subset, not the whole font").isLessThan(200_000);
	}

	@Test
	void sameNoticeReprintsToTheSameBytes() {
		byte[] original = documents.pdf(supplementNotice("张三"));
		byte[] reprint = new Documents().pdf(supplementNotice("张三"));

		assertThat(reprint).isEqualTo(original);
		assertThat(documents.pdf(supplementNotice("王五"))).isNotEqualTo(original);
	}

	@Test
	void noticeCarriesItsSignatureDateAsCreationDate() throws IOException {
		PdfReader reader = new PdfReader(documents.pdf(supplementNotice("张三")));

		assertThat(reader.getInfo()).containsEntry("CreationDate", "D:20261130000000+08'00'")
			.containsEntry("ModDate", "D:20261130000000+08'00'")
			.containsEntry("Title", "一次性告知书（补正材料通知书）");
	}

	@Test
	void printedQrCodeScansToItsContent() throws IOException, NotFoundException {
		PdfReader reader = new PdfReader(documents.pdf(supplementNotice("张三")));

		assertThat(decode(qrImage(reader))).isEqualTo(PROGRESS_ADDRESS);
	}

	@Test
	void longNoticeRunsOntoNumberedPagesWithTheTableHeaderRepeated() throws IOException {
		List<List<String>> materials = new ArrayList<>();
		for (int number = 1; number <= 60; number++) {
			materials.add(List.of(String.valueOf(number), "第" + number + "项材料", "原件"));
		}
		Notice notice = new Notice("补正材料通知书", "", "张三", List.of(new Notice.Section("需要补正的材料", List.of(),
				new Notice.Table(List.of("序号", "材料名称", "补正要求"), materials))),
				new Notice.Signature("某某市市场监督管理局", LocalDate.of(2026, 11, 30)), null);

		PdfReader reader = new PdfReader(documents.pdf(notice));

		assertThat(reader.getNumberOfPages()).isGreaterThan(1);
		String secondPage = new PdfTextExtractor(reader).getTextFromPage(2).replaceAll("\\s+", "");
		assertThat(secondPage).contains("序号材料名称补正要求", "—2—");
		assertThat(extractedText(reader)).contains("第60项材料");
	}

	@Test
	void noLineStartsWithAClosingPunctuationMark() throws IOException {
		// Runs of every length up to well past a full line put a comma at the line's end in at least one paragraph.
		List<String> paragraphs = new ArrayList<>();
		for (int length = 1; length <= 60; length++) {
			paragraphs.add("材".repeat(length) + "，料。");
		}
		Notice notice = new Notice("通知", "", "张三", List.of(new Notice.Section("", paragraphs)),
				new Notice.Signature("某某市市场监督管理局", LocalDate.of(2026, 11, 30)), null);
		PdfReader reader = new PdfReader(documents.pdf(notice));

		var extractor = new PdfTextExtractor(reader);
		List<String> lines = new ArrayList<>();
		for (int page = 1; page <= reader.getNumberOfPages(); page++) {
			extractor.getTextFromPage(page).lines().map(String::strip).forEach(lines::add);
		}
		assertThat(lines).noneMatch(line -> line.startsWith("，") || line.startsWith("。"));
		assertThat(lines).as("a line may end with a comma").anyMatch(line -> line.startsWith("料。"));
	}

	@Test
	void characterTheFontCannotDrawIsRefusedRatherThanLeftOut() {
		// U+20BB7 𠮷 (CJK Extension B) occurs in surnames but lies outside the embedded subset.
		Notice notice = supplementNotice("\uD842\uDFB7明");

		assertThatThrownBy(() -> documents.pdf(notice)).isInstanceOfSatisfying(UnprintableCharacterException.class,
				refusal -> assertThat(refusal.codePoint()).isEqualTo(0x20BB7));
	}

	@Test
	void rareHanziOfGbkPrint() throws IOException {
		byte[] pdf = documents.pdf(supplementNotice("王喆赟"));

		assertThat(extractedText(pdf)).contains("王喆赟：");
	}

	private static Notice supplementNotice(String applicant) {
		return new Notice("一次性告知书（补正材料通知书）", "某效告〔2026〕12号", applicant, List.of(
				new Notice.Section("", List.of("您于2026年11月28日申请办理的个体工商户设立登记，所提交的材料不齐全。"
						+ "根据《中华人民共和国行政许可法》第三十二条的规定，现一次性告知您需要补正的全部材料：")),
				new Notice.Section("一、需要补正的材料", List.of(),
						new Notice.Table(List.of("序号", "材料名称", "补正要求"),
								List.of(List.of("1", "身份证复印件", "正反面复印在同一页"),
										List.of("2", "经营场所使用证明", "房屋租赁合同须在有效期内")))),
				new Notice.Section("二、补正方式",
						List.of("请您补齐上述材料后到原受理窗口提交。经办人：李四，联系电话：0591-87654321。"))),
				new Notice.Signature("某某市市场监督管理局", LocalDate.of(2026, 11, 30)),
				new Notice.QrCode(PROGRESS_ADDRESS, "扫码查询办理进度"));
	}

	private static String extractedText(byte[] pdf) throws IOException {
		return extractedText(new PdfReader(pdf));
	}

	// Lines break wherever the page is full, so whitespace is dropped before looking for phrases.
	private static String extractedText(PdfReader reader) throws IOException {
		var extractor = new PdfTextExtractor(reader);
		var text = new StringBuilder();
		for (int page = 1; page <= reader.getNumberOfPages(); page++) {
			text.append(extractor.getTextFromPage(page));
		}
		return text.toString().replaceAll("\\s+", "");
	}

	private static List<PdfDictionary> pageFonts(PdfReader reader) {
		PdfDictionary fonts = reader.getPageN(1).getAsDict(PdfName.RESOURCES).getAsDict(PdfName.FONT);
		List<PdfDictionary> result = new ArrayList<>();
		for (PdfName name : fonts.getKeys()) {
			result.add(fonts.getAsDict(name));
		}
		return result;
	}

	private static PRStream qrImage(PdfReader reader) {
		PdfDictionary objects = reader.getPageN(1).getAsDict(PdfName.RESOURCES).getAsDict(PdfName.XOBJECT);
		for (PdfName name : objects.getKeys()) {
			PRStream stream = (PRStream) PdfReader.getPdfObject(objects.get(name));
			if (PdfName.IMAGE.equals(stream.getAsName(PdfName.SUBTYPE))) {
				return stream;
			}
		}
		throw new AssertionError("The first page has no image");
	}

	/** Reads the one-pixel-per-module grey image back as a scanner would, at 8 pixels per module. */
	private static String decode(PRStream image) throws IOException, NotFoundException {
		int width = image.getAsNumber(PdfName.WIDTH).intValue();
		int height = image.getAsNumber(PdfName.HEIGHT).intValue();
		byte[] greys = PdfReader.getStreamBytes(image);
		int scale = 8;
		int[] pixels = new int[width * scale * height * scale];
		for (int y = 0; y < height * scale; y++) {
			for (int x = 0; x < width * scale; x++) {
				int grey = greys[(y / scale) * width + x / scale] & 0xFF;
				pixels[y * width * scale + x] = 0xFF000000 | grey << 16 | grey << 8 | grey;
			}
		}
		var luminance = new RGBLuminanceSource(width * scale, height * scale, pixels);
		return new MultiFormatReader().decode(new BinaryBitmap(new HybridBinarizer(luminance))).getText();
	}
}
