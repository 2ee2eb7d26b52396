package org.xiaoneng.platform.audit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The test context's external anchor file, for scenarios that run on a chain which is rolled back afterwards: the
 * heads such a scenario records outside the database describe a chain that never committed, and would make every
 * later verification in the shared context report a rewrite, so the file is put back as it was.
 */
final class ExternalAnchorFile {

	private final Path file;

	ExternalAnchorFile(AuditSettings settings) {
		this.file = settings.externalAnchorFile();
	}

	/** Runs the scenario and then restores the file's content from before it. */
	void restoredAfter(Runnable scenario) {
		byte[] before = read();
		try {
			scenario.run();
		}
		finally {
			write(before);
		}
	}

	/** Runs the scenario with no heads recorded outside, as for a new installation, then restores the file. */
	void emptyDuring(Runnable scenario) {
		restoredAfter(() -> {
			write(null);
			scenario.run();
		});
	}

	private byte[] read() {
		try {
			return Files.exists(file) ? Files.readAllBytes(file) : null;
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private void write(byte[] content) {
		try {
			if (content == null) {
				Files.deleteIfExists(file);
			}
			else {
				Files.write(file, content);
			}
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
