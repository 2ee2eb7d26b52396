package org.xiaoneng.common;

/**
 * Every cryptographic operation of the platform, behind one small interface so that a deployment can replace the
 * software keys with a certified hardware module (GB/T 39786: commercial cryptography for information systems).
 */
public interface Cryptography {

	/** SM3 digest (GB/T 32905) of the given bytes: 32 bytes. */
	byte[] sm3(byte[] data);

	/** Encrypts personal data at rest with SM4 (GB/T 32907); the result is printable and carries its own IV. */
	String encrypt(String plain);

	/** Reverses {@link #encrypt(String)}. */
	String decrypt(String encrypted);

	/**
	 * A keyed digest (HMAC-SM3, RFC 2104 with SM3) of the given bytes: 32 bytes, the same for the same input, so that
	 * an encrypted value can still be found by exact match without storing it in clear.
	 */
	byte[] keyedHash(byte[] data);

	/**
	 * A fingerprint of the SM4 key (64 hex digits): equal on every node that holds the same key, and no help in
	 * guessing the key, so that it can be stored and compared where the key itself must never go.
	 */
	String keyFingerprint();

	/**
	 * The platform's software SM4/SM3 under a key given here rather than read from the key file: for a tool that
	 * must store data exactly as the application would (a bulk loader, a benchmark's generator).
	 */
	static Cryptography withSoftwareKey(byte[] key) {
		return new SoftwareCryptography(key.clone());
	}
}
