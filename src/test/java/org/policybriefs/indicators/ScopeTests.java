package org.policybriefs.indicators;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ScopeTests {

	private final Scope zhangjiang = new Scope("Zhangjiang Science City", "张江科学城");

	private final Scope company = new Scope("one large-model company (its CTO, quoted)", "一家大模型公司（其CTO所述）");

	@Test
	void wholeRegionInputsGiveAWholeRegionValue() {
		assertThat(Scope.narrowest(List.of(Scope.WHOLE_REGION, Scope.WHOLE_REGION)).isWholeRegion()).isTrue();
		assertThat(Scope.narrowest(List.of()).isWholeRegion()).isTrue();
	}

	@Test
	void aNamedScopeIsNarrowerThanTheWholeRegion() {
		assertThat(Scope.narrowest(List.of(Scope.WHOLE_REGION, this.zhangjiang, Scope.WHOLE_REGION)))
			.isEqualTo(this.zhangjiang);
	}

	@Test
	void theSameScopeTwiceIsNamedOnce() {
		assertThat(Scope.narrowest(List.of(this.company, this.company))).isEqualTo(this.company);
	}

	@Test
	void twoDifferentNamedScopesAreBothNamedInInputOrder() {
		Scope both = Scope.narrowest(List.of(this.zhangjiang, Scope.WHOLE_REGION, this.company));

		assertThat(both.en()).isEqualTo("Zhangjiang Science City; one large-model company (its CTO, quoted)");
		assertThat(both.zh()).isEqualTo("张江科学城；一家大模型公司（其CTO所述）");
		assertThat(both.isWholeRegion()).isFalse();
	}

	@Test
	void blankTextIsTheWholeRegion() {
		assertThat(Scope.of(" ", null)).isSameAs(Scope.WHOLE_REGION);
	}

	@Test
	void aFormulaValueTakesTheNarrowestScopeAndAnAssumedPeriod() {
		Lookup lookup = (region, code, period) -> java.util.Optional.of(switch (code) {
			case "shortfall" -> new Operand(region, code, period, 30, Qualifier.EXACT, java.util.Set.of("S1"),
					this.zhangjiang, Operand.STATED);
			default -> new Operand(region, code, period, 2, Qualifier.EXACT, java.util.Set.of("S1"), Scope.WHOLE_REGION,
					Operand.ASSUMED);
		});

		FormulaResult result = Formula.parse("shortfall / other").evaluate("SH", "2024", lookup);

		assertThat(result).isInstanceOfSatisfying(FormulaResult.Value.class, (value) -> {
			assertThat(value.scope()).isEqualTo(this.zhangjiang);
			assertThat(value.periodBasis()).isEqualTo(Operand.ASSUMED);
		});
	}

}
