package org.xiaoneng.bench.campaign;

import java.util.List;

import org.xiaoneng.bench.BenchmarkFailure;
import org.xiaoneng.bench.FigureTable;
import org.xiaoneng.bench.Settings;

/**
 * The trust campaign of issue 13, kept in the project: each part attacks or breaks the platform one way (data scope,
 * bad input, the complainant's identity, crashes, load, several nodes, audit tampering) and reports counts that must
 * be zero. The run fails when any check did not hold, after printing the whole table.
 */
public final class CampaignSuite {

	/** Every part, in the order they run. */
	private static final List<CampaignPart> PARTS = List.of(SuitePart.matrix(), SuitePart.canary(),
			new FuzzPart(), new CrashPart(), new NodesPart(), new TamperPart(), new LoadPart());

	private CampaignSuite() {
	}

	public static void run(Settings settings, FigureTable table) {
		Verdicts verdicts = new Verdicts(table);
		for (CampaignPart part : PARTS) {
			if (settings.campaignParts().matcher(part.name()).find()) {
				System.err.println("campaign: " + part.name());
				part.run(settings, verdicts);
			}
		}
		if (!verdicts.failures().isEmpty()) {
			throw new BenchmarkFailure("campaign checks that did not hold: " + String.join("; ", verdicts.failures()));
		}
	}
}
