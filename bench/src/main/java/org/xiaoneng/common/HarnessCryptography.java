package org.xiaoneng.common;

import java.util.HexFormat;

/**
 * The application's own {@link Cryptography} under a key the harness chose and gave the started application too,
 * so that the cases the harness loads are encrypted and hashed exactly as the application would have done it.
 * It lives in the application's package because {@link SoftwareCryptography} is package-private.
 */
public final class HarnessCryptography {

	private HarnessCryptography() {
	}

	/** The application's SM4/SM3 cryptography with this key (32 hex digits); no key file is read or written. */
	public static Cryptography withKey(String hexKey) {
		return new SoftwareCryptography(HexFormat.of().parseHex(hexKey));
	}
}
