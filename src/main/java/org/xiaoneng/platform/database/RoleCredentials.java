package org.xiaoneng.platform.database;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Properties;

/**
 * The passwords of the embedded server's three roles, generated once and kept in the data directory (readable by its
 * owner only): whoever can read that directory can read every row anyway, so the passwords add no exposure there, and
 * they travel with a copied or restored directory.
 *
 * @param superuser the password of {@code postgres}, used by the launcher for setup only
 * @param owner the password of the role that owns the schemas and runs the migrations
 * @param runtime the password of the role the application's connection pool uses
 */
record RoleCredentials(String superuser, String owner, String runtime) {

	static final String FILE = "xiaoneng-roles.properties";

	private static final SecureRandom RANDOM = new SecureRandom();

	static RoleCredentials generated() {
		return new RoleCredentials(password(), password(), password());
	}

	/** The credentials kept in {@code dataDirectory}; generated and kept there when the directory has none yet. */
	static RoleCredentials keptIn(Path dataDirectory) throws IOException {
		Path file = dataDirectory.resolve(FILE);
		if (!Files.exists(file)) {
			var credentials = generated();
			credentials.keepIn(dataDirectory);
			return credentials;
		}
		var properties = new Properties();
		try (Reader reader = Files.newBufferedReader(file)) {
			properties.load(reader);
		}
		return new RoleCredentials(properties.getProperty("superuser"), properties.getProperty("owner"),
				properties.getProperty("runtime"));
	}

	void keepIn(Path dataDirectory) throws IOException {
		var properties = new Properties();
		properties.setProperty("superuser", superuser);
		properties.setProperty("owner", owner);
		properties.setProperty("runtime", runtime);
		Path partial = Files.createTempFile(dataDirectory, FILE, ".partial",
				PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
		try (Writer writer = Files.newBufferedWriter(partial)) {
			properties.store(writer, "Passwords of the embedded PostgreSQL's roles; keep this file with the data directory");
		}
		Files.move(partial, dataDirectory.resolve(FILE), StandardCopyOption.ATOMIC_MOVE);
	}

	private static String password() {
		byte[] bytes = new byte[24];
		RANDOM.nextBytes(bytes);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

	@Override
	public String toString() {
		return "RoleCredentials[hidden]";
	}
}
