package org.policybriefs.ingest;

import java.util.List;

import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

/**
 * Fails the run when more rows were rejected than the run allows: none with {@code --strict}
 * (nightly jobs that must not publish with gaps), at most N with {@code --max-rejects=N}.
 * It runs after every check, so a failed run has still reported every problem of every file.
 * Without a limit the job parameter {@code maxRejects} is {@link Long#MAX_VALUE}.
 */
class RejectLimitTasklet implements Tasklet {

	private final NamedParameterJdbcTemplate jdbc;

	private final boolean strict;

	private final long maxRejects;

	RejectLimitTasklet(NamedParameterJdbcTemplate jdbc, boolean strict, long maxRejects) {
		this.jdbc = jdbc;
		this.strict = strict;
		this.maxRejects = maxRejects;
	}

	@Override
	public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
		long allowed = this.strict ? 0 : this.maxRejects;
		long instance = contribution.getStepExecution().getJobExecution().getJobInstance().getInstanceId();
		List<FileRejects> perFile = this.jdbc.query("""
				SELECT file, rows_rejected FROM file_reconciliation
				WHERE job_instance_id = :instance AND rows_rejected > 0 ORDER BY file""",
				new MapSqlParameterSource("instance", instance),
				(rs, i) -> new FileRejects(rs.getString("file"), rs.getLong("rows_rejected")));
		long rejected = perFile.stream().mapToLong(FileRejects::rejected).sum();
		if (rejected > allowed) {
			String rule = this.strict ? "--strict allows no rejected row"
					: "--max-rejects=" + this.maxRejects + " allows at most " + this.maxRejects;
			throw new RejectLimitException(rejected + " row" + ((rejected == 1) ? " was" : "s were") + " rejected ("
					+ String.join(", ", perFile.stream().map((f) -> f.file() + " " + f.rejected()).toList()) + ") and " + rule + "; correct the rows listed above, or raise the limit");
		}
		return RepeatStatus.FINISHED;
	}

	private record FileRejects(String file, long rejected) {
	}

	/** More rows were rejected than the run allows. */
	static class RejectLimitException extends RuntimeException {

		RejectLimitException(String message) {
			super(message);
		}

	}

}
