package org.policybriefs.editions;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;

/**
 * Wall time and CPU time of the comparison of two editions of 1,000 regions × 100 indicators
 * (the synthetic editions of {@link EditionComparisonBenchmark}), reading one edition alone as the
 * peer: CPU time says what the work costs on a processor of its own when the machine is shared.
 * Run by {@code bench/editions.sh timing}.
 */
public final class EditionComparisonTiming {

	private EditionComparisonTiming() {
	}

	public static void main(String[] args) throws Exception {
		EditionComparisonBenchmark editions = new EditionComparisonBenchmark();
		editions.writeTwoEditions();
		ThreadMXBean threads = ManagementFactory.getThreadMXBean();
		int warmUp = 10;
		int runs = 20;
		for (String what : new String[] { "compareTwoPublishedEditions", "readOneEdition", "compareInMemory" }) {
			for (int i = 0; i < warmUp; i++) {
				run(editions, what);
			}
			long wall = System.nanoTime();
			long cpu = threads.getCurrentThreadCpuTime();
			for (int i = 0; i < runs; i++) {
				run(editions, what);
			}
			System.out.printf("%-28s wall %7.1f ms/op   cpu %7.1f ms/op   (%d ops after %d warm-up)%n", what,
					(System.nanoTime() - wall) / 1e6 / runs, (threads.getCurrentThreadCpuTime() - cpu) / 1e6 / runs, runs,
					warmUp);
		}
	}

	private static Object run(EditionComparisonBenchmark editions, String what) {
		return switch (what) {
			case "compareTwoPublishedEditions" -> editions.compareTwoPublishedEditions();
			case "readOneEdition" -> editions.readOneEdition();
			default -> editions.compareInMemory();
		};
	}

}
