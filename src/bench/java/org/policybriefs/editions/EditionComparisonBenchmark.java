package org.policybriefs.editions;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The comparison of two editions of 1,000 regions × 100 indicators (100,000 values each, one
 * period), from their published {@code indicators.csv}, as the {@code changes} command, the API and
 * the Data page do it. The data is synthetic and labelled so: region codes {@code SYN0000}…, every
 * source {@code SYNTHETIC}. The second edition revises 1 % of the values, changes the qualifier of
 * 0.5 %, removes 0.5 % and adds 1,000. Peers measured in the same run: reading one edition alone
 * (the floor of any comparison from files) and comparing two editions already in memory.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgs = { "-Xmx512m" })
public class EditionComparisonBenchmark {

	static final LocalDate FROM = LocalDate.parse("2026-11-27");

	static final LocalDate TO = LocalDate.parse("2026-11-28");

	Editions editions;

	List<EditionValue> before;

	List<EditionValue> after;

	@Setup
	public void writeTwoEditions() throws IOException {
		Path output = Files.createTempDirectory("edition-bench");
		write(output.resolve(FROM.toString()), false);
		write(output.resolve(TO.toString()), true);
		this.editions = new Editions(output);
		this.before = this.editions.values(FROM);
		this.after = this.editions.values(TO);
	}

	private static void write(Path folder, boolean later) throws IOException {
		Files.createDirectories(folder);
		try (Writer out = Files.newBufferedWriter(folder.resolve("indicators.csv"), StandardCharsets.UTF_8)) {
			out.write("region,indicator,period,value,qualifier,unit,kind,formula,sources,inputs,missing_reason,"
					+ "scope_en,scope_zh,period_basis,benchmark\n");
			for (int r = 0; r < 1000; r++) {
				for (int i = 0; i < 100; i++) {
					int n = r * 100 + i;
					if (later && n % 200 == 7) {
						continue; // removed
					}
					double value = 1 + (n % 997) * 0.37;
					if (later && n % 100 == 3) {
						value *= 1.1; // revised
					}
					String qualifier = (later && n % 200 == 11) ? "=" : ((n % 200 == 11) ? "~" : "=");
					out.write(String.format(Locale.ROOT, "SYN%04d,synthetic_%02d,2024,%s,%s,%%,observed,,SYNTHETIC,,,,,stated,\n",
							r, i, org.policybriefs.indicators.ValueFormatter.plain(value), qualifier));
				}
				if (later) {
					out.write(String.format(Locale.ROOT, "SYN%04d,synthetic_new,2024,1,=,%%,observed,,SYNTHETIC,,,,,stated,\n", r));
				}
			}
		}
		Files.writeString(folder.resolve("manifest.json"), "{}");
	}

	@Benchmark
	public EditionChanges compareTwoPublishedEditions() {
		return this.editions.compare(FROM, TO);
	}

	@Benchmark
	public List<EditionValue> readOneEdition() {
		return this.editions.values(TO);
	}

	@Benchmark
	public EditionChanges compareInMemory() {
		return EditionComparison.compare(FROM, this.before, TO, this.after);
	}

}
