package org.policybriefs.ingest;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.policybriefs.BriefWorkspace;
import org.policybriefs.jobs.BriefRunRequest;
import org.policybriefs.jobs.BriefRuns;
import org.policybriefs.jobs.RunOutcome;

import org.springframework.batch.core.repository.JobRepository;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What spreadsheets and editors do to a CSV file is accepted without complaint: the same data
 * saved with a byte-order mark and CRLF, with columns reordered, an extra column and blank
 * trailing lines loads exactly as the plain file does.
 */
@Tag("database")
@SpringBootTest
@ExtendWith(OutputCaptureExtension.class)
class AcceptedInputFunctionalTests {

	private static final List<String> FILES = List.of("sources.csv", "regions.csv", "indicators.csv",
			"observations.csv");

	@TempDir
	Path plainFolder;

	@TempDir
	Path editedFolder;

	@Autowired
	BriefRuns briefRuns;

	@Autowired
	JobRepository jobRepository;

	@Autowired
	NamedParameterJdbcTemplate jdbc;

	@Test
	void byteOrderMarkAndCrlfLoadIdenticallyToThePlainFiles() {
		// given
		BriefWorkspace plain = new BriefWorkspace(this.plainFolder);
		BriefWorkspace edited = new BriefWorkspace(this.editedFolder);
		for (String file : FILES) {
			String content = edited.read(file);
			assertThat(content).doesNotStartWith("\uFEFF").doesNotContain("\r\n");
			edited.write(file, "\uFEFF" + content.replace("\n", "\r\n"));
		}

		// when
		Ingested expected = validate(plain);
		Ingested actual = validate(edited);

		// then
		assertThat(expected.observations()).hasSize(plain.rows("observations.csv"));
		assertThat(actual).isEqualTo(expected);
	}

	@Test
	void reorderedColumnsAnExtraColumnAndBlankTrailingLinesLoadIdentically(CapturedOutput output) throws IOException {
		// given
		BriefWorkspace plain = new BriefWorkspace(this.plainFolder);
		BriefWorkspace edited = new BriefWorkspace(this.editedFolder);
		edited.write("observations.csv", reordered(edited.read("observations.csv")) + "\n\n,,,,,,,,\n\n");

		// when
		Ingested expected = validate(plain);
		Ingested actual = validate(edited);

		// then
		assertThat(actual).isEqualTo(expected);
		assertThat(output.getOut()).contains("observations.csv: ignoring extra column(s) reviewer");
	}

	/** The columns in reverse order, with a column the tool does not know in the middle. */
	private static String reordered(String csv) throws IOException {
		List<CSVRecord> records = CSVFormat.RFC4180.parse(new StringReader(csv)).getRecords();
		StringWriter out = new StringWriter();
		try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.RFC4180.builder().setRecordSeparator('\n').get())) {
			for (CSVRecord record : records) {
				List<String> fields = new ArrayList<>(record.toList());
				Collections.reverse(fields);
				fields.add(3, (record.getRecordNumber() == 1) ? "reviewer" : "someone");
				printer.printRecord(fields);
			}
		}
		return out.toString();
	}

	private Ingested validate(BriefWorkspace workspace) {
		RunOutcome outcome = this.briefRuns.validate(workspace.input(), false, BriefRunRequest.NO_REJECT_LIMIT);
		assertThat(outcome.status()).as(outcome.problems().toString()).isEqualTo(RunOutcome.Status.COMPLETED);
		long instance = this.jobRepository.getJobExecution(outcome.executionId()).getJobInstance().getInstanceId();
		MapSqlParameterSource params = new MapSqlParameterSource("instance", instance);
		return new Ingested(rows("SELECT * FROM source WHERE job_instance_id = :instance ORDER BY line", params),
				rows("SELECT * FROM region WHERE job_instance_id = :instance ORDER BY line", params),
				rows("SELECT * FROM indicator WHERE job_instance_id = :instance ORDER BY line", params),
				rows("SELECT * FROM observation WHERE job_instance_id = :instance ORDER BY line", params),
				rows("SELECT * FROM rejected_row WHERE job_instance_id = :instance ORDER BY file, line", params),
				rows("SELECT * FROM file_reconciliation WHERE job_instance_id = :instance ORDER BY file", params));
	}

	private List<Map<String, Object>> rows(String sql, MapSqlParameterSource params) {
		List<Map<String, Object>> rows = this.jdbc.queryForList(sql, params);
		rows.forEach((row) -> row.remove("JOB_INSTANCE_ID"));
		return rows;
	}

	private record Ingested(List<Map<String, Object>> sources, List<Map<String, Object>> regions,
			List<Map<String, Object>> indicators, List<Map<String, Object>> observations,
			List<Map<String, Object>> rejected, List<Map<String, Object>> reconciliation) {
	}

}
