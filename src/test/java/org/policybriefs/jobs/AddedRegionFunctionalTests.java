package org.policybriefs.jobs;

import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policybriefs.BriefWorkspace;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Adding a region is data only: a fourth region appended to a copy of the input gets its
 * derived values, including one that refers to another region's value, and a place in the brief.
 */
@Tag("database")
@SpringBootTest
class AddedRegionFunctionalTests {

	@TempDir
	Path temp;

	@Autowired
	BriefRuns briefRuns;

	@Test
	void fourthRegionIsComputedAndBriefed() throws Exception {
		// given: a synthetic test region, labelled as such, with figures made up for this test only
		BriefWorkspace workspace = new BriefWorkspace(this.temp);
		String header = workspace.read("regions.csv").lines().findFirst().orElseThrow();
		workspace.append("regions.csv", "XA,Test Region Alpha,测试甲区,test_strategy,Synthetic test strategy,合成测试策略"
				+ ",".repeat(header.split(",").length - 6));
		workspace.append("observations.csv", "XA,compute_capacity,2024,4,=,S1,synthetic test figure,,,,,",
				"XA,computing_centers,2024,8,=,S1,synthetic test figure,,,,,",
				"XA,registered_models,2024,23,=,S1,synthetic test figure,,,,,");
		workspace.appendRow("indicators.csv", Map.of("code", "models_vs_beijing", "name_en",
				"Registered models relative to Beijing", "name_zh", "相对北京的备案模型数", "unit", "ratio", "category",
				"innovation", "kind", "derived", "formula", "registered_models / BJ.registered_models", "decimals", "2",
				"direction", "higher"));

		// when
		RunOutcome outcome = this.briefRuns.run(workspace.request("2026-11-27", List.of("comparative"), List.of("en")));

		// then
		assertThat(outcome.status()).isEqualTo(RunOutcome.Status.COMPLETED);
		Path folder = workspace.published("2026-11-27");
		Map<String, CSVRecord> values = indicators(folder.resolve("indicators.csv"));
		assertThat(values.get("XA/compute_per_center").get("value")).isEqualTo("0.5");
		assertThat(values.get("XA/compute_per_center").get("qualifier")).isEqualTo("'=");
		assertThat(values.get("XA/compute_per_center").get("formula")).isEqualTo("compute_capacity / computing_centers");
		assertThat(values.get("XA/models_vs_beijing").get("value")).isEqualTo("0.2");
		assertThat(values.get("XA/models_vs_beijing").get("inputs"))
			.isEqualTo("XA.registered_models 2024 =23; BJ.registered_models 2024 =115");
		assertThat(values.get("BJ/models_vs_beijing").get("value")).isEqualTo("1");
		assertThat(values.get("GZ/models_vs_beijing").get("missing_reason"))
			.isEqualTo("no data for registered_models, 2024");
		String text = BriefWorkspace.pdfText(folder.resolve("comparative.en.pdf"));
		assertThat(text).contains("Test Region Alpha");
	}

	private static Map<String, CSVRecord> indicators(Path file) throws Exception {
		Map<String, CSVRecord> values = new HashMap<>();
		try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
			for (CSVRecord row : CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader)) {
				values.put(row.get("region") + "/" + row.get("indicator"), row);
			}
		}
		return values;
	}

}
