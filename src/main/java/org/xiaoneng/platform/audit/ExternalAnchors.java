package org.xiaoneng.platform.audit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The chain heads recorded outside the database, one line each in an append-only text file:
 * {@code <recorded at, ISO-8601> <chain position> <SM3 hash, hex>}.
 * <p>
 * Why a file: a database superuser can rewrite the entries, the anchors and the head consistently, since the chain
 * has no secret; what they cannot rewrite is a hash written somewhere they do not control. Every line is forced to the
 * disk before the sweep counts it written, and operators ship the file off the host (README, "Audit log").
 */
@Component
class ExternalAnchors {

	private static final Logger log = LoggerFactory.getLogger(ExternalAnchors.class);

	private static final HexFormat HEX = HexFormat.of();

	private static final int SM3_BYTES = 32;

	private final Path file;

	ExternalAnchors(AuditSettings settings) {
		this.file = settings.externalAnchorFile().toAbsolutePath().normalize();
	}

	/** Every head recorded so far, oldest first; a line torn by a crash while it was written is skipped. */
	synchronized List<ChainLink> recorded() {
		List<String> lines;
		try {
			lines = Files.readAllLines(file, StandardCharsets.UTF_8);
		}
		catch (NoSuchFileException notYetWritten) {
			return List.of();
		}
		catch (IOException e) {
			throw new UncheckedIOException("Cannot read the external audit anchors in " + file, e);
		}
		List<ChainLink> heads = new ArrayList<>(lines.size());
		for (String line : lines) {
			String[] fields = line.trim().split(" ");
			try {
				// a torn line can still parse, with a shorter hash; an SM3 hash has 32 bytes
				if (fields.length == 3 && fields[2].length() == 2 * SM3_BYTES) {
					OffsetDateTime.parse(fields[0]);
					heads.add(new ChainLink(Long.parseLong(fields[1]), HEX.parseHex(fields[2])));
					continue;
				}
			}
			catch (DateTimeParseException | IllegalArgumentException malformed) {
				// reported below like any other line that is not a head
			}
			if (!line.isBlank()) {
				log.warn("Skipping a line of {} that is not a recorded chain head: {}", file, line);
			}
		}
		return heads;
	}

	/** Appends the head unless it is the last one recorded, and forces it to the disk before returning. */
	synchronized void record(ChainLink head, OffsetDateTime recordedAt) {
		List<ChainLink> recorded = recorded();
		if (!recorded.isEmpty() && recorded.get(recorded.size() - 1).position() == head.position()) {
			return;
		}
		String text = recordedAt + " " + head.position() + " " + HEX.formatHex(head.hash()) + "\n";
		try {
			Files.createDirectories(file.getParent());
			boolean created = Files.notExists(file);
			// a crash tore the last line: the new head starts on a line of its own, not glued to the torn one
			byte[] line = (!created && endsTorn() ? "\n" + text : text).getBytes(StandardCharsets.UTF_8);
			try (FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.APPEND,
					StandardOpenOption.WRITE)) {
				ByteBuffer buffer = ByteBuffer.wrap(line);
				while (buffer.hasRemaining()) {
					channel.write(buffer);
				}
				channel.force(true);
			}
			if (created) {
				// a new file's name is durable only once its directory is
				try (FileChannel directory = FileChannel.open(file.getParent(), StandardOpenOption.READ)) {
					directory.force(true);
				}
			}
		}
		catch (IOException e) {
			throw new UncheckedIOException("Cannot append the audit chain head to " + file, e);
		}
	}

	private boolean endsTorn() throws IOException {
		try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
			if (channel.size() == 0) {
				return false;
			}
			ByteBuffer last = ByteBuffer.allocate(1);
			channel.read(last, channel.size() - 1);
			return last.get(0) != '\n';
		}
	}
}
