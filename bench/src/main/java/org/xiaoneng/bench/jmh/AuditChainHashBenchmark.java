package org.xiaoneng.bench.jmh;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.concurrent.TimeUnit;

import org.bouncycastle.crypto.digests.SM3Digest;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The cost of one link of the audit hash chain: every audited change hashes the previous entry's hash followed by
 * its own canonical text with SM3 (GB/T 39786 asks for a national algorithm), inside the business transaction.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@State(Scope.Thread)
public class AuditChainHashBenchmark {

	/** A typical entry as the audit log writes it: about 300 bytes of UTF-8, a fifth of them Chinese. */
	static final String CANONICAL_ENTRY = """
			seq=1048576
			at=2026-03-02T09:15:27.431+08:00
			unit=350102000000
			actor=staff:20417 张建国
			post=行政审批科/窗口受理岗
			channel=window 窗口受理
			action=casework.CaseAccepted
			subject=case:SX-2026-0003127
			detail=事项=建设工程规划许可证核发;承诺时限=10个工作日;材料=6件
			""";

	private byte[] entry;

	private byte[] previousHash;

	private SM3Digest sm3;

	private MessageDigest sha256;

	@Setup
	public void prepare() throws NoSuchAlgorithmException {
		entry = CANONICAL_ENTRY.getBytes(StandardCharsets.UTF_8);
		sm3 = new SM3Digest();
		previousHash = new byte[sm3.getDigestSize()];
		byte[] genesis = "genesis".getBytes(StandardCharsets.UTF_8);
		sm3.update(genesis, 0, genesis.length);
		sm3.doFinal(previousHash, 0);
		sha256 = MessageDigest.getInstance("SHA-256");
	}

	@Benchmark
	public byte[] sm3Link() {
		byte[] hash = new byte[sm3.getDigestSize()];
		sm3.update(previousHash, 0, previousHash.length);
		sm3.update(entry, 0, entry.length);
		// doFinal also resets the digest, as the next entry needs it
		sm3.doFinal(hash, 0);
		return hash;
	}

	/** The same link with the JDK's SHA-256, a yardstick that tells whether the SM3 figure is in line. */
	@Benchmark
	public byte[] sha256Link() {
		sha256.update(previousHash);
		sha256.update(entry);
		return sha256.digest();
	}
}
