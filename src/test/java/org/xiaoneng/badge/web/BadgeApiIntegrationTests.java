package org.xiaoneng.badge.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.xiaoneng.testing.TestData.runAs;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;

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

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.xiaoneng.badge.BadgeOffice;
import org.xiaoneng.badge.BadgeView;
import org.xiaoneng.common.StaffId;
import org.xiaoneng.organization.Employment;
import org.xiaoneng.organization.Gender;
import org.xiaoneng.organization.NewDepartment;
import org.xiaoneng.organization.NewStaff;
import org.xiaoneng.organization.NewUnit;
import org.xiaoneng.organization.Organization;
import org.xiaoneng.organization.PoliticalStatus;
import org.xiaoneng.organization.StaffMember;
import org.xiaoneng.organization.StaffParticulars;
import org.xiaoneng.organization.StaffStatus;
import org.xiaoneng.testing.IntegrationTest;
import org.xiaoneng.testing.ListenersAtRest;
import org.xiaoneng.testing.TestData;

/**
 * The badge API as integrations and the office's downloads meet it: bad input refused with 400 in the caller's
 * language and nothing changed, the card's QR code leading to the public page that verifies it, the register's
 * workbook.
 */
@IntegrationTest
class BadgeApiIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Organization organization;

	@Autowired
	BadgeOffice office;

	@Autowired
	ListenersAtRest listeners;

	@Autowired
	JdbcClient jdbc;

	private static final RequestPostProcessor OFFICE = user("badge-api-admin").roles("ADMIN");

	@Test
	void aBadgeForSomeoneWhoLeftIsRefusedWith400InTheCallersLanguageAndNothingChanges() throws Exception {
		StaffMember gone = join("离岗者");
		admin(() -> organization.leave(new StaffId(gone.id()), StaffStatus.RESIGNED));
		settle();
		long before = badges();

		mvc.perform(post("/api/v1/badges").with(OFFICE).with(csrf()).contentType(MediaType.APPLICATION_JSON)
			.content("{\"staffId\":" + gone.id() + ",\"number\":\"\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail").value("离岗者 已不在岗，不能制发上岗证。"));
		mvc.perform(post("/api/v1/badges").with(OFFICE).with(csrf()).header("Accept-Language", "en")
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"staffId\":" + gone.id() + ",\"number\":\"\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail").value("离岗者 is no longer at work: no badge can be issued."));

		assertThat(badges()).isEqualTo(before);
	}

	@Test
	void aDuplicateNumberIsRefusedWith400AndNothingChanges() throws Exception {
		BadgeView first = issue(join("甲持证"), "");
		StaffMember second = join("乙待证");
		settle();
		long before = badges();

		mvc.perform(post("/api/v1/badges").with(OFFICE).with(csrf()).header("Accept-Language", "en")
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"staffId\":" + second.id() + ",\"number\":\"" + first.number() + "\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail").value(containsString(first.number() + " is already used")));

		assertThat(badges()).isEqualTo(before);
	}

	@Test
	void aPhotoThatIsNoImageOrTooLargeIsRefusedWith400() throws Exception {
		BadgeView badge = issue(join("传照片"), "");

		mvc.perform(multipart(HttpMethod.PUT, "/api/v1/badges/" + badge.id().value() + "/photo")
			.file(new MockMultipartFile("photo", "photo.png", "image/png", "%PDF-1.4".getBytes(StandardCharsets.US_ASCII)))
			.with(OFFICE).with(csrf()))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail").value(containsString("不是图片")));
		mvc.perform(multipart(HttpMethod.PUT, "/api/v1/badges/" + badge.id().value() + "/photo")
			.file(new MockMultipartFile("photo", "photo.png", "image/png", new byte[2 * 1024 * 1024]))
			.with(OFFICE).with(csrf()).header("Accept-Language", "en"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail").value(containsString("the file is too large")));

		assertThat(jdbc.sql("select photo is null from badge.badge where id = :id").param("id", badge.id().value())
			.query(Boolean.class).single()).isTrue();
	}

	@Test
	void theCardsQrCodeLeadsToThePublicPageThatVerifiesTheBadge() throws Exception {
		StaffMember holder = join("扫码人");
		BadgeView badge = issue(holder, "");

		byte[] pdf = mvc.perform(get("/api/v1/badges/" + badge.id().value() + "/card.pdf").with(OFFICE))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		PdfReader reader = new PdfReader(pdf);
		assertThat(reader.getNumberOfPages()).isEqualTo(2);
		assertThat(new PdfTextExtractor(reader).getTextFromPage(1).replaceAll("\\s+", "")).contains("扫码人")
			.contains(badge.number());
		URI scanned = URI.create(decode(qrImage(reader, 2)));

		assertThat(scanned.getPath()).isEqualTo("/portal/badges/" + badge.number());
		mvc.perform(get(scanned.getPath()).with(r -> {
			r.setRemoteAddr("198.51.100." + ThreadLocalRandom.current().nextInt(1, 255));
			return r;
		}))
			.andExpect(status().isOk())
			.andExpect(content()
				.string(containsString("扫码人")))
			.andExpect(content()
				.string(containsString("有效证件")));
	}

	@Test
	void aDepartmentsPrintRunHasAFrontAndABackForEachValidBadge() throws Exception {
		StaffMember first = join("批量甲");
		StaffMember second = admin(() -> organization.join(new NewStaff("w" + first.staffNumber(),
				first.departmentId(), LocalDate.of(2026, 1, 5), new StaffParticulars("批量乙", Gender.FEMALE, null,
						"科员", PoliticalStatus.MASSES, Employment.ESTABLISHED, null, null, null))));
		issue(first, "");
		BadgeView revoked = issue(second, "");
		issue(join("别科室"), "");
		admin(() -> office.revoke(revoked.id(), "调离"));

		byte[] pdf = mvc.perform(get("/api/v1/badges/cards.pdf").param("departmentId",
				String.valueOf(first.departmentId())).with(OFFICE))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();

		PdfReader reader = new PdfReader(pdf);
		assertThat(reader.getNumberOfPages()).isEqualTo(2);
		assertThat(new PdfTextExtractor(reader).getTextFromPage(1).replaceAll("\\s+", "")).contains("批量甲");
	}

	@Test
	void theVerificationPageRefusesAnAddressThatLooksUpTooManyNumbers() throws Exception {
		String address = "198.18.0." + ThreadLocalRandom.current().nextInt(1, 255);
		RequestPostProcessor from = r -> {
			r.setRemoteAddr(address);
			return r;
		};
		for (int attempt = 1; attempt <= 30; attempt++) {
			mvc.perform(get("/portal/badges/NONE-" + attempt).with(from)).andExpect(status().isNotFound());
		}

		mvc.perform(get("/portal/badges/NONE-31").with(from))
			.andExpect(status().isTooManyRequests())
			.andExpect(content().string(containsString("核验过于频繁")));
	}

	@Test
	void theRegistersWorkbookListsTheBadgesOfTheFilter() throws Exception {
		StaffMember holder = join("导出人");
		BadgeView badge = issue(holder, "");

		byte[] xlsx = mvc.perform(get("/api/v1/badges/export").param("text", badge.number()).with(OFFICE))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();

		try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
			var sheet = workbook.getSheetAt(0);
			assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("编号");
			assertThat(sheet.getLastRowNum()).isEqualTo(1);
			assertThat(sheet.getRow(1).getCell(0).getStringCellValue()).isEqualTo(badge.number());
			assertThat(sheet.getRow(1).getCell(1).getStringCellValue()).isEqualTo("导出人");
		}
	}

	private StaffMember join(String name) {
		String tag = Long.toString(ThreadLocalRandom.current().nextLong(1L << 40), 36);
		return admin(() -> {
			organization.defineRegion("520999", "示范县");
			var unit = organization.createUnit(new NewUnit("520999", "核验局" + tag, "核" + tag, TestData.creditCode()));
			var department = organization.createDepartment(new NewDepartment(unit.id(), null, "窗口科"));
			return organization.join(new NewStaff("v" + tag, department.id(), LocalDate.of(2026, 1, 5),
					new StaffParticulars(name, Gender.MALE, null, "科员", PoliticalStatus.MASSES,
							Employment.ESTABLISHED, null, null, null)));
		});
	}

	private BadgeView issue(StaffMember staff, String number) {
		settle();
		return admin(() -> office.issue(new StaffId(staff.id()), number));
	}

	private long badges() {
		return jdbc.sql("select count(*) from badge.badge").query(Long.class).single();
	}

	private void settle() {
		assertThat(listeners.await(Duration.ofSeconds(10))).isTrue();
	}

	private static <T> T admin(Supplier<T> action) {
		return runAs("badge-api-admin", action, "ROLE_ADMIN");
	}

	private static PRStream qrImage(PdfReader reader, int page) {
		PdfDictionary objects = reader.getPageN(page).getAsDict(PdfName.RESOURCES).getAsDict(PdfName.XOBJECT);
		for (PdfName name : objects.getKeys()) {
			PRStream stream = (PRStream) PdfReader.getPdfObject(objects.get(name));
			if (PdfName.IMAGE.equals(stream.getAsName(PdfName.SUBTYPE))) {
				return stream;
			}
		}
		throw new AssertionError("Page " + page + " has no image");
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
