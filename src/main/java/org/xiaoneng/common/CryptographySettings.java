package org.xiaoneng.common;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the SM4 key comes from: the {@code key} itself (32 hex digits, e.g. from a secret store through
 * {@code XIAONENG_CRYPTO_KEY}) or else a key file, created with a random key on first start. Never from the
 * repository.
 *
 * @param key the SM4 key as 32 hex digits, or empty
 * @param keyFile the file holding the key when {@code key} is empty
 */
@ConfigurationProperties("xiaoneng.crypto")
record CryptographySettings(String key, @DefaultValue("./data/keys/sm4.key") Path keyFile) {
}
