package org.policybriefs.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;

/**
 * Around each ingest step: clears what an earlier attempt of the same run loaded, then
 * afterwards rejects duplicate keys, and reconciles rows read = rows loaded + rows rejected,
 * failing the step when they do not add up.
 */
class IngestStepListener implements StepExecutionListener {

	private static final Log logger = LogFactory.getLog(IngestStepListener.class);

	private final NamedParameterJdbcTemplate jdbc;

	IngestStepListener(NamedParameterJdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public void beforeStep(StepExecution stepExecution) {
		InputFileSpec spec = specOf(stepExecution);
		MapSqlParameterSource params = params(stepExecution, spec);
		this.jdbc.update("DELETE FROM " + spec.table() + " WHERE job_instance_id = :instance", params);
		this.jdbc.update("DELETE FROM rejected_row WHERE job_instance_id = :instance AND file = :file", params);
		this.jdbc.update("DELETE FROM file_reconciliation WHERE job_instance_id = :instance AND file = :file", params);
	}

	@Override
	public ExitStatus afterStep(StepExecution stepExecution) {
		if (stepExecution.getStatus().isUnsuccessful()) {
			return null;
		}
		InputFileSpec spec = specOf(stepExecution);
		MapSqlParameterSource params = params(stepExecution, spec);
		rejectDuplicates(spec, params, stepExecution.getJobExecution().getJobInstance().getInstanceId());
		long read = stepExecution.getReadCount();
		long loaded = count("SELECT COUNT(*) FROM " + spec.table() + " WHERE job_instance_id = :instance", params);
		long rejected = count("SELECT COUNT(DISTINCT line) FROM rejected_row WHERE job_instance_id = :instance"
				+ " AND file = :file", params);
		this.jdbc.update("""
				INSERT INTO file_reconciliation (job_instance_id, file, rows_read, rows_loaded, rows_rejected)
				VALUES (:instance, :file, :read, :loaded, :rejected)""",
				params.addValue("read", read).addValue("loaded", loaded).addValue("rejected", rejected));
		logger.info(String.format("%-17s read %d, loaded %d, rejected %d", spec.fileName(), read, loaded, rejected));
		if (read != loaded + rejected) {
			String message = spec.fileName() + ": rows do not reconcile: read " + read + " but loaded " + loaded
					+ " + rejected " + rejected + "; the run is stopped so that no figure goes missing";
			stepExecution.addFailureException(new IllegalStateException(message));
			return ExitStatus.FAILED.addExitDescription(message);
		}
		return null;
	}

	/**
	 * Rows whose key repeats: when the values disagree, every such row is rejected and names
	 * the others (the tool cannot know which is right); an exact repeat is rejected in favour
	 * of the first line.
	 */
	private void rejectDuplicates(InputFileSpec spec, MapSqlParameterSource params, long instance) {
		String key = String.join(", ", spec.keyColumns());
		String valueColumn = (spec == InputFileSpec.OBSERVATIONS) ? "CAST(val AS VARCHAR(64)) || ' ' || qualifier"
				: "CAST(line AS VARCHAR(20))";
		List<Map<String, Object>> rows = this.jdbc.queryForList("SELECT " + key + ", line, " + valueColumn
				+ " AS shown FROM " + spec.table() + " t WHERE job_instance_id = :instance AND (" + key + ") IN (SELECT "
				+ key + " FROM " + spec.table() + " WHERE job_instance_id = :instance GROUP BY " + key
				+ " HAVING COUNT(*) > 1) ORDER BY " + key + ", line", params);
		List<SqlParameterSource> rejections = new ArrayList<>();
		List<SqlParameterSource> deletions = new ArrayList<>();
		for (int start = 0; start < rows.size();) {
			int end = start;
			while (end < rows.size() && sameKey(spec, rows.get(start), rows.get(end))) {
				end++;
			}
			List<Map<String, Object>> group = rows.subList(start, end);
			boolean conflicting = (spec == InputFileSpec.OBSERVATIONS)
					&& group.stream().map((row) -> row.get("shown")).distinct().count() > 1;
			for (int i = 0; i < group.size(); i++) {
				if (!conflicting && i == 0) {
					continue;
				}
				Map<String, Object> row = group.get(i);
				long line = ((Number) row.get("line")).longValue();
				String keyText = describeKey(spec, row);
				String reason = conflicting
						? "duplicate " + keyText + " with a different value: lines " + lines(group)
								+ " disagree; keep the right one and delete the others"
						: "duplicate " + keyText + ": already given on line " + group.get(0).get("line")
								+ "; delete this row";
				rejections.add(IngestWriter.rejectedRow(instance,
						new RejectedRow(spec.fileName(), line, key, keyText, reason)));
				deletions.add(new MapSqlParameterSource("instance", instance).addValue("line", line));
			}
			start = end;
		}
		if (!rejections.isEmpty()) {
			this.jdbc.batchUpdate(IngestWriter.INSERT_REJECTED, rejections.toArray(SqlParameterSource[]::new));
			this.jdbc.batchUpdate("DELETE FROM " + spec.table() + " WHERE job_instance_id = :instance AND line = :line",
					deletions.toArray(SqlParameterSource[]::new));
		}
	}

	private static boolean sameKey(InputFileSpec spec, Map<String, Object> a, Map<String, Object> b) {
		return spec.keyColumns().stream().allMatch((column) -> a.get(column).equals(b.get(column)));
	}

	private static String describeKey(InputFileSpec spec, Map<String, Object> row) {
		return String.join(" / ", spec.keyColumns().stream().map((column) -> String.valueOf(row.get(column))).toList());
	}

	private static String lines(List<Map<String, Object>> group) {
		return String.join(", ", group.stream().map((row) -> String.valueOf(row.get("line"))).toList());
	}

	private long count(String sql, MapSqlParameterSource params) {
		Long count = this.jdbc.queryForObject(sql, params, Long.class);
		return (count != null) ? count : 0;
	}

	private static MapSqlParameterSource params(StepExecution stepExecution, InputFileSpec spec) {
		return new MapSqlParameterSource("instance", stepExecution.getJobExecution().getJobInstance().getInstanceId())
			.addValue("file", spec.fileName());
	}

	private static InputFileSpec specOf(StepExecution stepExecution) {
		String name = stepExecution.getStepName();
		for (InputFileSpec spec : InputFileSpec.values()) {
			if (name.equals("ingest-" + spec.fileName().replace(".csv", ""))) {
				return spec;
			}
		}
		throw new IllegalStateException("No input file for step " + name);
	}

}
