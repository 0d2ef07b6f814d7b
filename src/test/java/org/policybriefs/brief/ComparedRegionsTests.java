package org.policybriefs.brief;

import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.policybriefs.ingest.Region;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Which regions a regional brief sets its region against: all of them while they fit, else the
 * focus, the reference region and the regions after the focus, wrapping round, in file order; and
 * which the comparative brief compares: all of them while they fit, else the first and the reference region.
 */
class ComparedRegionsTests {

	@ParameterizedTest(name = "{0} regions, focus {1}, reference {2}, {3} peers: {4}")
	@CsvSource(delimiter = '|', textBlock = """
			3  | R2 | R3 | 7 | R1 R2 R3
			8  | R5 | R1 | 7 | R1 R2 R3 R4 R5 R6 R7 R8
			10 | R2 | R9 | 3 | R2 R3 R4 R9
			10 | R9 | R1 | 3 | R1 R2 R9 R10
			10 | R9 | R5 | 3 | R5 R9 R10 R1
			10 | R4 | XX | 2 | R4 R5 R6
			10 | R4 | R4 | 2 | R4 R5 R6
			""")
	void regionsComparedInARegionalBrief(int count, String focus, String reference, int peers, String expected) {
		RunData data = runData(count);

		List<String> compared = data.comparedWith(focus, peers, reference).stream().map(Region::code).toList();

		assertThat(String.join(" ", compared)).isEqualTo(sortedByFile(expected));
	}

	@ParameterizedTest(name = "{0} regions, reference {1}, at most {2}: {3}")
	@CsvSource(delimiter = '|', textBlock = """
			3  | R3 | 8 | R1 R2 R3
			8  | R1 | 8 | R1 R2 R3 R4 R5 R6 R7 R8
			10 | R1 | 8 | R1 R2 R3 R4 R5 R6 R7 R8
			10 | R9 | 4 | R1 R2 R3 R9
			10 | XX | 4 | R1 R2 R3 R4
			10 | R9 | 0 | R1 R2 R3 R4 R5 R6 R7 R8 R9 R10
			""")
	void regionsComparedInTheComparativeBrief(int count, String reference, int most, String expected) {
		RunData data = runData(count);

		List<String> compared = data.comparedInOneBrief(most, reference).stream().map(Region::code).toList();

		assertThat(String.join(" ", compared)).isEqualTo(expected);
	}

	private static String sortedByFile(String codes) {
		return String.join(" ", java.util.Arrays.stream(codes.split(" "))
			.sorted(java.util.Comparator.comparingInt((String code) -> Integer.parseInt(code.substring(1))))
			.toList());
	}

	private static RunData runData(int count) {
		List<Region> regions = IntStream.rangeClosed(1, count)
			.mapToObj((i) -> new Region("R" + i, "Region " + i, "地区" + i, "s", "S", "S", Map.of(), i + 1))
			.toList();
		return RunData.of(regions, List.of(), List.of(), List.of(), List.of(), List.of(), "R1");
	}

}
