package org.xiaoneng.catalog;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.xiaoneng.common.FileSignatures;

/**
 * Recognises an attachment's type by its content (magic numbers), and checks that its name's extension agrees: a
 * renamed executable is not a PDF because it is called form.pdf.
 */
final class FileTypes {

	private static final Map<String, String> MEDIA_TYPES = Map.of("pdf", "application/pdf", "doc",
			"application/msword", "xls", "application/vnd.ms-excel", "docx",
			"application/vnd.openxmlformats-officedocument.wordprocessingml.document", "xlsx",
			"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "jpg", "image/jpeg", "jpeg",
			"image/jpeg", "png", "image/png");

	private FileTypes() {
	}

	/** The media type of an allowed file whose content matches its extension, or empty. */
	static Optional<String> recognise(String fileName, byte[] content) {
		String extension = extension(fileName);
		if (!MEDIA_TYPES.containsKey(extension) || !matches(extension, content)) {
			return Optional.empty();
		}
		return Optional.of(MEDIA_TYPES.get(extension));
	}

	private static boolean matches(String extension, byte[] content) {
		return switch (extension) {
			case "pdf", "png", "jpg", "jpeg" -> FileSignatures.imageOrPdf(content)
				.filter(MEDIA_TYPES.get(extension)::equals)
				.isPresent();
			// the old Office formats are OLE2 compound files
			case "doc", "xls" -> FileSignatures.startsWith(content, 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1);
			case "docx" -> FileSignatures.startsWith(content, 0x50, 0x4B, 0x03, 0x04) && zipHolds(content, "word/");
			case "xlsx" -> FileSignatures.startsWith(content, 0x50, 0x4B, 0x03, 0x04) && zipHolds(content, "xl/");
			default -> false;
		};
	}

	private static boolean zipHolds(byte[] content, String folder) {
		try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(content))) {
			for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
				if (entry.getName().startsWith(folder)) {
					return true;
				}
			}
			return false;
		}
		catch (IOException | IllegalArgumentException notAZip) {
			return false;
		}
	}


	static String extension(String fileName) {
		int dot = fileName == null ? -1 : fileName.lastIndexOf('.');
		return dot < 0 ? "" : fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
	}
}
