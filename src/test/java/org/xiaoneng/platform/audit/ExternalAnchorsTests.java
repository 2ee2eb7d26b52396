package org.xiaoneng.platform.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Arrays;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The external anchor file: one line per new head, appended, readable after a crash tore its last line. */
class ExternalAnchorsTests {

	private static final OffsetDateTime NOW = OffsetDateTime.parse("2026-03-02T10:00:00+08:00");

	@TempDir
	Path directory;

	@Test
	void aHeadIsAppendedOnceAndReadBackInOrder() {
		ExternalAnchors anchors = anchorsIn(directory.resolve("audit/chain-heads.log"));

		anchors.record(link(3, 1), NOW);
		anchors.record(link(3, 1), NOW.plusHours(1));
		anchors.record(link(7, 2), NOW.plusHours(2));

		assertThat(anchors.recorded()).extracting(ChainLink::position).containsExactly(3L, 7L);
		assertThat(anchors.recorded().get(1).hasHash(link(7, 2).hash())).isTrue();
	}

	@Test
	void aLineTornByACrashIsSkippedAndTheNextHeadStartsOnALineOfItsOwn() throws IOException {
		Path file = directory.resolve("chain-heads.log");
		ExternalAnchors anchors = anchorsIn(file);
		anchors.record(link(3, 1), NOW);
		Files.writeString(file, "2026-03-02T11:00:00+08:00 5 0a0b", StandardCharsets.UTF_8, StandardOpenOption.APPEND);

		anchors.record(link(9, 4), NOW.plusHours(2));

		assertThat(anchors.recorded()).extracting(ChainLink::position).containsExactly(3L, 9L);
	}

	@Test
	void noFileMeansNoHeadRecordedYet() {
		assertThat(anchorsIn(directory.resolve("missing.log")).recorded()).isEmpty();
	}

	private static ExternalAnchors anchorsIn(Path file) {
		return new ExternalAnchors(new AuditSettings(Duration.ofSeconds(1), 500, 1000,
				AuditSettings.MINIMUM_RETENTION_DAYS, Duration.ofHours(1), file));
	}

	private static ChainLink link(long position, int fill) {
		byte[] hash = new byte[32];
		Arrays.fill(hash, (byte) fill);
		return new ChainLink(position, hash);
	}
}
