package org.xiaoneng.platform.database;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the embedded PostgreSQL keeps its data when no external database is configured.
 *
 * @param dataDirectory the PostgreSQL data directory, kept between runs
 * @param binariesDirectory where the bundled PostgreSQL programs are unpacked, once per version
 * @param port the port it listens on (loopback only); 0 picks a free one
 * @param database the database the platform uses inside it
 */
@ConfigurationProperties("xiaoneng.database.embedded")
record DatabaseSettings(@DefaultValue("./data/postgres") Path dataDirectory,
		@DefaultValue("./data/postgres-binaries") Path binariesDirectory, @DefaultValue("0") int port,
		@DefaultValue("xiaoneng") String database) {
}
