package org.policybriefs.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;

/**
 * Writes a chunk of checked rows in one transaction: loaded rows into their table and
 * rejected rows, with their reasons, into {@code rejected_row}, both as JDBC batches.
 */
class IngestWriter<T> implements ItemWriter<Checked<T>> {

	static final String INSERT_REJECTED = """
			INSERT INTO rejected_row (job_instance_id, file, line, column_name, val, reason)
			VALUES (:instance, :file, :line, :column, :value, :reason)""";

	private final NamedParameterJdbcTemplate jdbc;

	private final long instance;

	private final String insertSql;

	private final Function<T, MapSqlParameterSource> parameters;

	IngestWriter(NamedParameterJdbcTemplate jdbc, long instance, String insertSql,
			Function<T, MapSqlParameterSource> parameters) {
		this.jdbc = jdbc;
		this.instance = instance;
		this.insertSql = insertSql;
		this.parameters = parameters;
	}

	@Override
	public void write(Chunk<? extends Checked<T>> chunk) {
		List<SqlParameterSource> loaded = new ArrayList<>(chunk.size());
		List<SqlParameterSource> rejected = new ArrayList<>();
		for (Checked<T> item : chunk) {
			if (item.isLoaded()) {
				loaded.add(this.parameters.apply(item.value()).addValue("instance", this.instance));
			}
			else {
				item.rejections().forEach((rejection) -> rejected.add(rejectedRow(this.instance, rejection)));
			}
		}
		if (!loaded.isEmpty()) {
			this.jdbc.batchUpdate(this.insertSql, loaded.toArray(SqlParameterSource[]::new));
		}
		if (!rejected.isEmpty()) {
			this.jdbc.batchUpdate(INSERT_REJECTED, rejected.toArray(SqlParameterSource[]::new));
		}
	}

	static MapSqlParameterSource rejectedRow(long instance, RejectedRow rejection) {
		return new MapSqlParameterSource("instance", instance).addValue("file", rejection.file())
			.addValue("line", rejection.line())
			.addValue("column", rejection.column())
			.addValue("value", rejection.value())
			.addValue("reason", rejection.reason());
	}

}
