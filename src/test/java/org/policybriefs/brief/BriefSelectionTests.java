package org.policybriefs.brief;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * A brief's name as people write it ({@code region:GZ}) and as files and the database hold it
 * ({@code region-GZ}), and a run's brief list expanded against its regions.
 */
class BriefSelectionTests {

	@Test
	void bothSpellingsOfARegionalBriefNameTheSameBrief() {
		assertThat(BriefId.parse("region:GZ")).isEqualTo(BriefId.parse("region-GZ")).isEqualTo(BriefId.regional("GZ"));
		assertThat(BriefId.parse("region:GZ")).hasToString("region-GZ");
		assertThat(BriefId.parse(" comparative ")).isSameAs(BriefId.COMPARATIVE).hasToString("comparative");
		assertThat(BriefId.COMPARATIVE.isRegional()).isFalse();
	}

	@ParameterizedTest
	@ValueSource(strings = { "", "regional", "region:", "region:gz", "region:G", "region/GZ", "region:../GZ", "all" })
	void anythingElseIsNotABrief(String text) {
		assertThatIllegalArgumentException().isThrownBy(() -> BriefId.parse(text))
			.withMessage("not a brief: '" + text + "' (write comparative or region:CODE)");
	}

	@Test
	void aSelectionIsExpandedAgainstTheRunsRegionsOnceEachInEveryLocale() {
		List<BriefRequest> requests = BriefSelection.expand(List.of("region:SH", "all"), List.of("GZ", "SH"),
				List.of("en", "zh-CN"), LocalDate.parse("2026-11-27"));

		assertThat(requests).extracting(BriefRequest::baseName)
			.containsExactly("region-SH.en", "region-SH.zh-CN", "comparative.en", "comparative.zh-CN", "region-GZ.en",
					"region-GZ.zh-CN");
	}

	@Test
	void aSelectionNamesAnUnknownRegionAndTheRegionsThereAre() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> BriefSelection.expand(List.of("region:XA"), List.of("GZ", "SH"), List.of("en"),
					LocalDate.parse("2026-11-27")))
			.withMessage("No region 'XA' in regions.csv for brief 'region:XA'; the regions are GZ, SH");
		assertThatIllegalArgumentException().isThrownBy(() -> BriefSelection.check(List.of("comparative", "everything")))
			.withMessage("unknown brief 'everything': use comparative, regions, region:CODE or all");
	}

}
