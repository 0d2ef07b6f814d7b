package org.policybriefs.indicators;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.expression.Expression;
import org.springframework.expression.spel.SpelNode;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * A formula can only do arithmetic on indicator values: code injected through the catalog file is
 * refused before anything runs, and nothing is ever evaluated by SpEL.
 */
class FormulaSecurityTests {

	@TempDir
	Path directory;

	@ParameterizedTest(name = "{0}")
	@ValueSource(strings = { "T(java.lang.Runtime).getRuntime().exec('touch MARKER')",
			"new java.io.File('MARKER').createNewFile()",
			"T(java.nio.file.Files).createFile(T(java.nio.file.Path).of('MARKER'))",
			"round(new java.io.File('MARKER').createNewFile(), 2)",
			"min(1, T(java.lang.Runtime).getRuntime().exec('touch MARKER'))",
			"aa + ''.getClass().forName('java.lang.Runtime').getRuntime().exec('touch MARKER')", "@bean",
			"#this.getClass()", "a = 1", "compute_capacity.toString()", "'abc'.length()", "{1,2}", "a > 1 ? 1 : 2" })
	void refusesCodeAndRunsNothing(String template) {
		Path marker = this.directory.resolve("pwned");
		String source = template.replace("MARKER", marker.toString());
		// Refused by the tree checks, not merely by a syntax error that a later SpEL version might accept.
		assertThatExceptionOfType(FormulaException.class).isThrownBy(() -> Formula.parse(source))
			.withMessageNotContaining("not a valid formula");
		assertThat(marker).doesNotExist();
	}

	@Test
	void treatsNamesThatLookLikeJavaPropertiesAsIndicatorCodes() {
		Operand operand = new Operand("BJ", "class", "2024", 7, Qualifier.EXACT, Set.of());
		Lookup lookup = (region, indicator, period) -> Optional.of(operand)
			.filter((found) -> found.indicator().equals(indicator));
		FormulaResult result = Formula.parse("BJ.class * 2").evaluate("GZ", "2024", lookup);
		assertThat(result).isEqualTo(new FormulaResult.Value(14, Qualifier.EXACT, List.of(operand), Set.of()));
	}

	@Test
	void neverEvaluatesThroughSpel() {
		// Reading a parsed literal (TypedValue.getValue) is fine; asking an expression or node for its value is not.
		DescribedPredicate<JavaMethodCall> spelEvaluation = DescribedPredicate.describe("evaluate a SpEL expression",
				(call) -> (call.getTargetOwner().isAssignableTo(Expression.class)
						|| call.getTargetOwner().isAssignableTo(SpelNode.class))
						&& call.getName().matches("getValue.*|setValue|getTypedValue|isWritable"));
		noClasses().should()
			.callMethodWhere(spelEvaluation)
			.check(new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
				.importPackages("org.policybriefs.indicators"));
	}

}
