package org.policybriefs.ingest;

import java.util.List;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

/**
 * Around each ingest step: clears what an earlier attempt of the same run loaded, then
 * afterwards rejects duplicate keys, and reconciles rows read = rows loaded + rows rejected,
 * recording the counts with the job execution and failing the step when they do not add up.
 */
class IngestStepListener implements StepExecutionListener {

	/** Keys of the step execution context that hold the reconciliation of the step's file. */
	static final String ROWS_READ = "rows.read";

	static final String ROWS_LOADED = "rows.loaded";

	static final String ROWS_REJECTED = "rows.rejected";

	/** How many rejected rows of a file the console lists; rejects.csv has them all. */
	static final int LISTED_REJECTIONS = 20;

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
		new DuplicateKeys(this.jdbc, spec, stepExecution.getJobExecution().getJobInstance().getInstanceId()).reject();
		long read = stepExecution.getReadCount();
		long loaded = count("SELECT COUNT(*) FROM " + spec.table() + " WHERE job_instance_id = :instance", params);
		long rejected = count("SELECT COUNT(DISTINCT line) FROM rejected_row WHERE job_instance_id = :instance"
				+ " AND file = :file", params);
		this.jdbc.update("""
				INSERT INTO file_reconciliation (job_instance_id, file, rows_read, rows_loaded, rows_rejected)
				VALUES (:instance, :file, :read, :loaded, :rejected)""",
				params.addValue("read", read).addValue("loaded", loaded).addValue("rejected", rejected));
		ExecutionContext context = stepExecution.getExecutionContext();
		context.putLong(ROWS_READ, read);
		context.putLong(ROWS_LOADED, loaded);
		context.putLong(ROWS_REJECTED, rejected);
		logger.info(String.format("%-17s read %d, loaded %d, rejected %d", spec.fileName(), read, loaded, rejected));
		if (rejected > 0) {
			listRejections(params, rejected);
		}
		if (read != loaded + rejected) {
			String message = spec.fileName() + ": rows do not reconcile: read " + read + " but loaded " + loaded
					+ " + rejected " + rejected + "; the run is stopped so that no figure goes missing";
			stepExecution.setStatus(BatchStatus.FAILED);
			stepExecution.addFailureException(new IllegalStateException(message));
			return ExitStatus.FAILED.addExitDescription(message);
		}
		return null;
	}

	private void listRejections(MapSqlParameterSource params, long rejected) {
		List<RejectedRow> first = this.jdbc.query("""
				SELECT file, line, column_name, val, reason FROM rejected_row
				WHERE job_instance_id = :instance AND file = :file ORDER BY line FETCH FIRST %d ROWS ONLY"""
			.formatted(LISTED_REJECTIONS), params, (rs, i) -> new RejectedRow(rs.getString("file"), rs.getLong("line"),
					rs.getString("column_name"), rs.getString("val"), rs.getString("reason")));
		for (RejectedRow row : first) {
			logger.info("  line " + row.line() + ", " + row.column() + " '" + row.value() + "': " + row.reason());
		}
		if (first.size() == LISTED_REJECTIONS) {
			logger.info("  … see rejects.csv for every rejected row of the " + rejected);
		}
	}

	private long count(String sql, MapSqlParameterSource params) {
		Long count = this.jdbc.queryForObject(sql, params, Long.class);
		return (count != null) ? count : 0;
	}

	private static MapSqlParameterSource params(StepExecution stepExecution, InputFileSpec spec) {
		return new MapSqlParameterSource("instance", stepExecution.getJobExecution().getJobInstance().getInstanceId())
			.addValue("file", spec.fileName());
	}

	static InputFileSpec specOf(StepExecution stepExecution) {
		String name = stepExecution.getStepName();
		for (InputFileSpec spec : InputFileSpec.values()) {
			if (name.equals(stepName(spec))) {
				return spec;
			}
		}
		throw new IllegalStateException("No input file for step " + name);
	}

	static String stepName(InputFileSpec spec) {
		return "ingest-" + spec.fileName().replace(".csv", "");
	}

}
