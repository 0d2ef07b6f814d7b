import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Random;

/**
 * Writes a SYNTHETIC input folder for the ingest benchmark, in the schema of input/:
 * REGIONS regions x INDICATORS observed indicators x PERIODS periods of observations
 * (default 1,000 x 100 x 10 = 1,000,000 rows), two derived indicators, one source.
 * Every value is random (fixed seed) and every text says it is synthetic: none of it is data.
 *
 * Run without a build: java bench/GenerateSynthetic.java OUT_DIR [REGIONS INDICATORS PERIODS]
 */
public class GenerateSynthetic {

	public static void main(String[] args) throws IOException {
		Path out = Path.of(args.length > 0 ? args[0] : "target/bench/input");
		int regions = args.length > 1 ? Integer.parseInt(args[1]) : 1000;
		int indicators = args.length > 2 ? Integer.parseInt(args[2]) : 100;
		int periods = args.length > 3 ? Integer.parseInt(args[3]) : 10;
		Files.createDirectories(out);
		Random random = new Random(20260101L);

		try (BufferedWriter w = Files.newBufferedWriter(out.resolve("sources.csv"), StandardCharsets.UTF_8)) {
			w.write("id,title,publisher,published,url\n");
			w.write("SYN,SYNTHETIC benchmark data (not real figures),bench/GenerateSynthetic.java,,\n");
		}
		try (BufferedWriter w = Files.newBufferedWriter(out.resolve("regions.csv"), StandardCharsets.UTF_8)) {
			w.write("code,name_en,name_zh,strategy,strategy_en,strategy_zh\n");
			for (int r = 0; r < regions; r++) {
				w.write(region(r) + ",Synthetic region " + r + ",合成地区" + r + ",synthetic,Synthetic,合成\n");
			}
		}
		try (BufferedWriter w = Files.newBufferedWriter(out.resolve("indicators.csv"), StandardCharsets.UTF_8)) {
			w.write("code,name_en,name_zh,unit,category,kind,formula,decimals,direction\n");
			for (int i = 0; i < indicators; i++) {
				w.write(indicator(i) + ",Synthetic indicator " + i + ",合成指标" + i + ",unit,compute,observed,,2,higher\n");
			}
			w.write("syn_ratio,Synthetic ratio,合成比率,,compute,derived," + indicator(0) + " / " + indicator(1)
					+ ",2,neutral\n");
			w.write("syn_share,Synthetic share,合成占比,%,compute,derived,\"round(100 * " + indicator(2) + " / ("
					+ indicator(2) + " + " + indicator(3) + "), 1)\",1,neutral\n");
		}
		try (BufferedWriter w = Files.newBufferedWriter(out.resolve("observations.csv"), StandardCharsets.UTF_8,
				java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.TRUNCATE_EXISTING)) {
			w.write("region,indicator,period,value,qualifier,source,quote,note\n");
			String[] qualifiers = { "=", "=", "=", "~", ">", "<=" };
			for (int p = 0; p < periods; p++) {
				String period = Integer.toString(2015 + p);
				for (int r = 0; r < regions; r++) {
					String region = region(r);
					for (int i = 0; i < indicators; i++) {
						double value = Math.round(random.nextDouble() * 1_000_000) / 100.0;
						w.write(region);
						w.write(',');
						w.write(indicator(i));
						w.write(',');
						w.write(period);
						w.write(',');
						w.write(String.format(Locale.ROOT, "%.2f", value));
						w.write(',');
						w.write(qualifiers[random.nextInt(qualifiers.length)]);
						w.write(",SYN,\"synthetic, row ");
						w.write(Integer.toString((p * regions + r) * indicators + i));
						w.write("\",synthetic benchmark value\n");
					}
				}
			}
		}
		System.out.println("wrote SYNTHETIC input to " + out + ": " + regions + " regions x " + indicators
				+ " indicators x " + periods + " periods = " + ((long) regions * indicators * periods) + " observations");
	}

	static String region(int r) {
		return String.format(Locale.ROOT, "R%04d", r);
	}

	static String indicator(int i) {
		return String.format(Locale.ROOT, "syn_%03d", i);
	}

}
