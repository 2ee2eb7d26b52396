package org.xiaoneng.refusal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Properties;

import org.junit.jupiter.api.Test;
import org.xiaoneng.platform.documents.Documents;
import org.xiaoneng.platform.documents.Notice;

/** Every text a refusal notice or a return record can print is drawable by the embedded Chinese font. */
class RefusalNoticeTextTests {

	@Test
	void everyChineseNoticeTextPrints() throws IOException {
		Properties bundle = new Properties();
		try (Reader reader = new InputStreamReader(
				RefusalNoticeTextTests.class.getResourceAsStream("/messages/refusal.properties"),
				StandardCharsets.UTF_8)) {
			bundle.load(reader);
		}
		List<String> texts = bundle.stringPropertyNames()
			.stream()
			.filter(key -> key.startsWith("refusal.notice.") || key.startsWith("refusal.return."))
			.sorted()
			.map(bundle::getProperty)
			.toList();

		byte[] pdf = new Documents().pdf(new Notice("不予受理通知书", "县市监不受〔2026〕1号", "张三",
				List.of(new Notice.Section("", texts)), new Notice.Signature("县市场监督管理局", LocalDate.of(2026, 3, 2)),
				null));

		assertThat(texts).hasSizeGreaterThan(20);
		assertThat(pdf).isNotEmpty();
	}
}
