package org.xiaoneng.common;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;

import org.bouncycastle.crypto.InvalidCipherTextException;
import org.bouncycastle.crypto.digests.SM3Digest;
import org.bouncycastle.crypto.engines.SM4Engine;
import org.bouncycastle.crypto.macs.HMac;
import org.bouncycastle.crypto.modes.GCMBlockCipher;
import org.bouncycastle.crypto.modes.GCMModeCipher;
import org.bouncycastle.crypto.params.AEADParameters;
import org.bouncycastle.crypto.params.KeyParameter;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * {@link Cryptography} in software with BouncyCastle: SM3 digests and SM4-GCM encryption with a 128-bit key.
 */
@Component
class SoftwareCryptography implements Cryptography {

	private static final int IV_BYTES = 12;

	private static final int TAG_BITS = 128;

	private final SecureRandom random = new SecureRandom();

	private final KeyParameter key;

	/** The MAC key is derived from the SM4 key, so that one key is never used for two purposes directly. */
	private final KeyParameter macKey;

	private final String fingerprint;

	/** With this node's key, checked against the database's before anything is encrypted with it. */
	@Autowired
	SoftwareCryptography(CryptographySettings settings, KeyFingerprints fingerprints) {
		this(NodeKey.load(settings, fingerprints, new SecureRandom()));
	}

	/** With a key already chosen, e.g. by a test or a harness that gives the application the same key. */
	SoftwareCryptography(byte[] loaded) {
		this.key = new KeyParameter(loaded);
		this.fingerprint = NodeKey.fingerprint(loaded);
		byte[] label = "xiaoneng keyed hash".getBytes(StandardCharsets.UTF_8);
		byte[] derivation = Arrays.copyOf(label, label.length + loaded.length);
		System.arraycopy(loaded, 0, derivation, label.length, loaded.length);
		this.macKey = new KeyParameter(sm3(derivation));
	}

	@Override
	public byte[] sm3(byte[] data) {
		SM3Digest digest = new SM3Digest();
		digest.update(data, 0, data.length);
		byte[] out = new byte[digest.getDigestSize()];
		digest.doFinal(out, 0);
		return out;
	}

	@Override
	public byte[] keyedHash(byte[] data) {
		HMac mac = new HMac(new SM3Digest());
		mac.init(macKey);
		mac.update(data, 0, data.length);
		byte[] out = new byte[mac.getMacSize()];
		mac.doFinal(out, 0);
		return out;
	}

	@Override
	public String keyFingerprint() {
		return fingerprint;
	}

	@Override
	public String encrypt(String plain) {
		byte[] iv = new byte[IV_BYTES];
		random.nextBytes(iv);
		byte[] sealed = run(true, iv, plain.getBytes(StandardCharsets.UTF_8));
		byte[] out = Arrays.copyOf(iv, IV_BYTES + sealed.length);
		System.arraycopy(sealed, 0, out, IV_BYTES, sealed.length);
		return Base64.getEncoder().encodeToString(out);
	}

	@Override
	public String decrypt(String encrypted) {
		byte[] in = Base64.getDecoder().decode(encrypted);
		if (in.length <= IV_BYTES) {
			throw new IllegalArgumentException("Not an SM4 ciphertext");
		}
		byte[] iv = Arrays.copyOf(in, IV_BYTES);
		return new String(run(false, iv, Arrays.copyOfRange(in, IV_BYTES, in.length)), StandardCharsets.UTF_8);
	}

	private byte[] run(boolean encrypt, byte[] iv, byte[] input) {
		GCMModeCipher cipher = GCMBlockCipher.newInstance(new SM4Engine());
		cipher.init(encrypt, new AEADParameters(key, TAG_BITS, iv));
		byte[] out = new byte[cipher.getOutputSize(input.length)];
		int length = cipher.processBytes(input, 0, input.length, out, 0);
		try {
			length += cipher.doFinal(out, length);
		}
		catch (InvalidCipherTextException e) {
			throw new IllegalArgumentException("SM4 ciphertext was altered or the key is wrong", e);
		}
		return Arrays.copyOf(out, length);
	}
}
