package org.policybriefs.indicators;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Compiling the derived indicators of a catalog: order, and errors that point at a line.
 */
class FormulaCatalogTests {

	private static final String FILE = "indicators.csv";

	private static final Set<String> OBSERVED = Set.of("aa", "bb");

	private static final Set<String> REGIONS = Set.of("BJ", "GZ", "SH");

	private static FormulaCatalog compile(DerivedDefinition... derived) {
		return FormulaCatalog.compile(FILE, List.of(derived), OBSERVED, REGIONS);
	}

	private static DerivedDefinition derived(String code, String formula, int line) {
		return new DerivedDefinition(code, formula, line);
	}

	private static List<String> codesInOrder(FormulaCatalog catalog) {
		return catalog.inDependencyOrder().stream().map(CompiledIndicator::code).toList();
	}

	@Nested
	class Ordering {

		@Test
		void keepsFileOrderWhenIndependent() {
			FormulaCatalog catalog = compile(derived("d1", "aa * 2", 2), derived("d2", "bb", 3), derived("d3", "1", 4));
			assertThat(codesInOrder(catalog)).containsExactly("d1", "d2", "d3");
		}

		@Test
		void putsDependenciesFirstAndOtherwiseKeepsFileOrder() {
			FormulaCatalog catalog = compile(derived("d1", "d2 + 1", 2), derived("d2", "aa * 2", 3),
					derived("d3", "bb", 4));
			assertThat(codesInOrder(catalog)).containsExactly("d2", "d1", "d3");
		}

		@Test
		void ordersChainsAcrossRegions() {
			FormulaCatalog catalog = compile(derived("d1", "BJ.d3 / d3", 2), derived("d2", "aa", 3),
					derived("d3", "d2 * 2", 4));
			assertThat(codesInOrder(catalog)).containsExactly("d2", "d3", "d1");
		}

		@Test
		void keepsFormulaAndLine() {
			CompiledIndicator compiled = compile(derived("d1", "aa / bb", 7)).inDependencyOrder().get(0);
			assertThat(compiled.formula().source()).isEqualTo("aa / bb");
			assertThat(compiled.line()).isEqualTo(7);
		}

	}

	@Nested
	class Cycles {

		@Test
		void nameTheirPathAtTheLineWhereTheyStart() {
			assertThatExceptionOfType(CatalogException.class)
				.isThrownBy(() -> compile(derived("d1", "d2 + 1", 5), derived("d2", "d1 * 2", 6)))
				.withMessage("indicators.csv:5: cycle: d1 → d2 → d1")
				.satisfies((ex) -> {
					assertThat(ex.file()).isEqualTo(FILE);
					assertThat(ex.line()).isEqualTo(5);
				});
		}

		@Test
		void leaveOutTheWayIn() {
			assertThatExceptionOfType(CatalogException.class)
				.isThrownBy(() -> compile(derived("d0", "d1", 2), derived("d1", "d2", 3), derived("d2", "GZ.d3", 4),
						derived("d3", "d1 + aa", 5)))
				.withMessage("indicators.csv:3: cycle: d1 → d2 → d3 → d1");
		}

		@ParameterizedTest(name = "{0}")
		@CsvSource(delimiter = '|', textBlock = """
				d1 + 1    | indicators.csv:8: formula of d1: self-reference: d1 uses d1
				BJ.d1 * 2 | indicators.csv:8: formula of d1: self-reference: d1 uses BJ.d1
				""")
		void includeSelfReference(String formula, String message) {
			assertThatExceptionOfType(CatalogException.class).isThrownBy(() -> compile(derived("d1", formula, 8)))
				.withMessage(message);
		}

	}

	@Nested
	class UnknownNames {

		@ParameterizedTest(name = "{0}")
		@CsvSource(delimiter = '|', textBlock = """
				aa / nope      | indicators.csv:9: formula of d2: unknown indicator code nope
				ZZ.aa / aa     | indicators.csv:9: formula of d2: unknown region ZZ in ZZ.aa
				BJ.nope        | indicators.csv:9: formula of d2: unknown indicator code nope
				""")
		void arePointedAtByLine(String formula, String message) {
			assertThatExceptionOfType(CatalogException.class)
				.isThrownBy(() -> compile(derived("d1", "aa", 4), derived("d2", formula, 9)))
				.withMessage(message)
				.satisfies((ex) -> assertThat(ex.line()).isEqualTo(9));
		}

	}

	@Nested
	class Refusals {

		@Test
		void carryTheFormulaReasonAndLine() {
			assertThatExceptionOfType(CatalogException.class)
				.isThrownBy(() -> compile(derived("d1", "T(java.lang.Runtime)", 4)))
				.withMessageStartingWith("indicators.csv:4: formula of d1: type references T(...) are not allowed");
		}

		@Test
		void nameEveryRefusedFormulaNotOnlyTheFirst() {
			assertThatExceptionOfType(CatalogException.class)
				.isThrownBy(() -> compile(derived("d1", "T(java.lang.Runtime)", 4), derived("d2", "aa + 1", 5),
						derived("d3", "gpu_count * 2", 6), derived("d4", "new java.io.File('x')", 9)))
				.satisfies((ex) -> assertThat(ex.problems()).extracting(CatalogException.Problem::line)
					.containsExactly(4, 6, 9))
				.withMessage(String.join("\n",
						"indicators.csv:4: formula of d1: type references T(...) are not allowed: T(java.lang.Runtime)",
						"indicators.csv:6: formula of d3: unknown indicator code gpu_count",
						"indicators.csv:9: formula of d4: constructors (new ...) are not allowed: new java.io.File('x')"));
		}

		@Test
		void sayWhenTheyNameACodeWhoseRowsWereRejected() {
			FormulaCatalog.NotLoaded notLoaded = new FormulaCatalog.NotLoaded(Set.of("gpu_count"), Set.of("XZ"));

			assertThatExceptionOfType(CatalogException.class)
				.isThrownBy(() -> FormulaCatalog.compile("indicators.csv",
						List.of(derived("d1", "gpu_count * 2", 4), derived("d2", "XZ.aa + 1", 5)), Set.of("aa", "bb"),
						Set.of("GZ"), notLoaded))
				.withMessage(String.join("\n",
						"indicators.csv:4: formula of d1: indicator gpu_count was not loaded: its rows in indicators.csv"
								+ " were rejected (see the rejected rows); correct them",
						"indicators.csv:5: formula of d2: region XZ in XZ.aa was not loaded: its rows in regions.csv were"
								+ " rejected (see the rejected rows); correct them"));
		}

		@Test
		void sayWhereAFormulaIsNestedTooDeeply() {
			String deep = "(".repeat(990) + "aa" + ")".repeat(990);

			assertThatExceptionOfType(CatalogException.class).isThrownBy(() -> compile(derived("d1", deep, 7)))
				.withMessageStartingWith("indicators.csv:7: formula of d1: nested deeper than 64 levels");
		}

		@Test
		void includeSyntaxErrors() {
			assertThatExceptionOfType(CatalogException.class).isThrownBy(() -> compile(derived("d1", "aa +", 6)))
				.withMessageStartingWith("indicators.csv:6: formula of d1: not a valid formula: ");
		}

		@Test
		void includeADerivedCodeDeclaredTwice() {
			assertThatExceptionOfType(CatalogException.class)
				.isThrownBy(() -> compile(derived("d1", "aa", 3), derived("d1", "bb", 10)))
				.withMessage("indicators.csv:10: derived indicator d1 is declared twice (first on line 3)");
		}

	}

}
