package org.policybriefs.jobs;

import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policybriefs.BriefWorkspace;
import org.policybriefs.files.Sha256;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.test.JobOperatorTestUtils;
import org.springframework.batch.test.context.SpringBatchTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The brief job end to end on a copy of the shipped input: CSV rows in, a comparative PDF,
 * indicators.csv and manifest.json out.
 */
@Tag("database")
@SpringBatchTest
@SpringBootTest
class BriefJobFunctionalTests {

	@TempDir
	Path temp;

	@Autowired
	JobOperatorTestUtils jobOperatorTestUtils;

	@Autowired
	Job briefJob;

	@Autowired
	BriefRuns briefRuns;

	BriefWorkspace workspace;

	@BeforeEach
	void setUp() {
		this.workspace = new BriefWorkspace(this.temp);
		this.jobOperatorTestUtils.setJob(this.briefJob);
	}

	@Test
	void shippedInputGivesAComparativeBriefWithItsDataAndManifest() throws Exception {
		// given
		BriefRunRequest request = request("2026-11-27");

		// when
		JobExecution execution = this.jobOperatorTestUtils.startJob(RunParameters.of(request).toJobParameters());

		// then
		assertThat(execution.getStatus()).isEqualTo(BatchStatus.COMPLETED);
		Path folder = this.workspace.published("2026-11-27");
		Path pdf = folder.resolve("comparative.en.pdf");
		assertThat(BriefWorkspace.pdfPages(pdf)).isGreaterThanOrEqualTo(4);
		String text = BriefWorkspace.pdfText(pdf);
		assertThat(text).contains("Guizhou", "Shanghai", "Beijing", "2.8", "0.35");
		// a vague quantity is printed as the source words it, not as its lower bound
		assertThat(text.replaceAll("\\s+", " ")).contains("several hundred million USD").doesNotContain("USD 0.1 bn");

		Map<String, Double> derived = derivedValues(folder.resolve("indicators.csv"));
		// the official release (S10) outranks the article, but gives no count of centres: the article's own
		// capacity is divided by its 12 centres, and the release's capacity by the release's own share
		assertThat(derived.get("GZ/compute_per_center")).isCloseTo(2.8 / 12, within(0.0005));
		assertThat(derived.get("GZ/implied_national_compute")).isCloseTo(57.0 / 23 * 100, within(0.05));
		assertThat(derived.get("BJ/implied_bj_electricity_price")).isCloseTo(0.35 * 3, within(0.005));
		assertThat(derived.get("SH/implied_sh_registered_models")).isCloseTo(115.0 / 3, within(0.005));
		// a derived figure describes what the catalog declares: the implied national total is China's, not Guizhou's
		assertThat(Files.readAllLines(folder.resolve("indicators.csv")))
			.filteredOn((line) -> line.startsWith("GZ,implied_national_compute,"))
			.singleElement()
			.asString()
			.contains(",China as a whole (implied by Guizhou's figures),全国（由贵州的数字推算）,");
		assertThat(derived).doesNotContainKeys("GZ/electricity_cost_advantage", "SH/compute_self_sufficiency");

		JsonNode manifest = JsonMapper.builder().build().readTree(folder.resolve("manifest.json").toFile());
		JsonNode brief = manifest.get("briefs").get(0);
		assertThat(brief.get("file").asString()).isEqualTo("comparative.en.pdf");
		assertThat(brief.get("sha256").asString()).isEqualTo(Sha256.of(pdf));
		assertThat(brief.get("bytes").asLong()).isEqualTo(Files.size(pdf));
		assertThat(brief.get("pages").asInt()).isEqualTo(BriefWorkspace.pdfPages(pdf));
	}

	@Test
	void rerunWithUnchangedInputIsUpToDateAndWritesNothing() throws Exception {
		// given
		BriefRunRequest request = request("2026-11-28");
		RunOutcome first = this.briefRuns.run(request);
		Path pdf = this.workspace.published("2026-11-28").resolve("comparative.en.pdf");
		FileTime written = Files.getLastModifiedTime(pdf);
		List<String> filesAfterFirst = BriefWorkspace.filesBelow(this.workspace.output());

		// when
		RunOutcome second = this.briefRuns.run(request);

		// then
		assertThat(first.status()).isEqualTo(RunOutcome.Status.COMPLETED);
		assertThat(second.status()).isEqualTo(RunOutcome.Status.UP_TO_DATE);
		assertThat(second.executionId()).isEqualTo(first.executionId());
		assertThat(BriefWorkspace.filesBelow(this.workspace.output())).isEqualTo(filesAfterFirst);
		assertThat(Files.getLastModifiedTime(pdf)).isEqualTo(written);
	}

	@Test
	void changedInputForTheSameDateMakesANewRun() throws Exception {
		// given
		BriefRunRequest request = request("2026-11-29");
		RunOutcome first = this.briefRuns.run(request);
		this.workspace.write("observations.csv",
				this.workspace.read("observations.csv").replace("GZ,electricity_price,2024,0.35", "GZ,electricity_price,2024,0.36"));

		// when
		RunOutcome second = this.briefRuns.run(request);

		// then
		assertThat(second.status()).isEqualTo(RunOutcome.Status.COMPLETED);
		assertThat(second.executionId()).isNotEqualTo(first.executionId());
		String text = BriefWorkspace.pdfText(this.workspace.published("2026-11-29").resolve("comparative.en.pdf"));
		// the value as the brief states it, its unit joined by a no-break space; the source's quote in the
		// evidence annex still says 0.35
		assertThat(text).contains("0.36\u00a0CNY/kWh").doesNotContain("0.35\u00a0CNY/kWh");
	}

	/** The English comparative brief: the one these tests read. */
	private BriefRunRequest request(String asOf) {
		return this.workspace.request(asOf, List.of("comparative"), List.of("en"));
	}

	private static Map<String, Double> derivedValues(Path indicatorsCsv) throws Exception {
		Map<String, Double> values = new HashMap<>();
		try (Reader reader = Files.newBufferedReader(indicatorsCsv, StandardCharsets.UTF_8)) {
			for (CSVRecord record : CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader)) {
				if ("derived".equals(record.get("kind")) && !record.get("value").isEmpty()) {
					values.put(record.get("region") + "/" + record.get("indicator"), Double.parseDouble(record.get("value")));
				}
			}
		}
		return values;
	}

}
