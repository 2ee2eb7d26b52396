package org.xiaoneng.bench;

import org.xiaoneng.bench.campaign.CampaignSuite;
import org.xiaoneng.bench.casework.CaseworkSuite;
import org.xiaoneng.bench.http.HttpSuite;
import org.xiaoneng.bench.jmh.JmhSuite;

/**
 * Runs the in-process benchmarks and the HTTP scenarios and prints their figures as one table on standard output;
 * progress goes to standard error, so the table can be redirected on its own.
 */
public final class Bench {

	private Bench() {
	}

	public static void main(String[] args) {
		Settings settings;
		try {
			settings = Settings.parse(args, System.getenv());
		}
		catch (IllegalArgumentException e) {
			System.err.println(e.getMessage());
			System.err.print(Settings.USAGE);
			System.exit(2);
			return;
		}
		if (settings.help()) {
			System.out.print(Settings.USAGE);
			return;
		}
		FigureTable table = new FigureTable();
		try {
			if (settings.runJmh()) {
				JmhSuite.run(settings, table);
			}
			if (settings.runHttp()) {
				HttpSuite.run(settings, table);
			}
			if (settings.runCasework()) {
				CaseworkSuite.run(settings, table);
			}
			if (settings.runCampaign()) {
				CampaignSuite.run(settings, table);
			}
		}
		catch (BenchmarkFailure e) {
			// the figures taken before the failure are still worth seeing
			print(table, settings);
			System.err.println("bench: " + e.getMessage());
			System.exit(1);
			return;
		}
		print(table, settings);
	}

	private static void print(FigureTable table, Settings settings) {
		System.out.println();
		table.print(System.out);
		System.out.println();
		System.out.println(settings.describe());
	}
}
