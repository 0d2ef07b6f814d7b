package org.policybriefs.ingest;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Writes a chunk of checked rows in one transaction: loaded rows into their table and
 * rejected rows, with their reasons, into {@code rejected_row}, both as JDBC batches. Repeated
 * keys are found after the step, by {@link DuplicateKeys}.
 */
class IngestWriter<T> implements ItemWriter<Checked<T>> {

	private final JdbcTemplate jdbc;

	private final long instance;

	private final IngestSql.Insert<T> insert;

	IngestWriter(JdbcTemplate jdbc, long instance, IngestSql.Insert<T> insert) {
		this.jdbc = jdbc;
		this.instance = instance;
		this.insert = insert;
	}

	@Override
	public void write(Chunk<? extends Checked<T>> chunk) {
		List<T> loaded = new ArrayList<>(chunk.size());
		List<RejectedRow> rejected = new ArrayList<>();
		for (Checked<T> item : chunk) {
			if (item.isLoaded()) {
				loaded.add(item.value());
			}
			else {
				rejected.addAll(item.rejections());
			}
		}
		insert(this.jdbc, this.instance, this.insert, loaded);
		insert(this.jdbc, this.instance, IngestSql.REJECTED_ROW, rejected);
	}

	static <R> void insert(JdbcTemplate jdbc, long instance, IngestSql.Insert<R> insert, Collection<R> rows) {
		if (rows.isEmpty()) {
			return;
		}
		jdbc.batchUpdate(insert.sql(), rows, rows.size(), (statement, row) -> {
			statement.setLong(1, instance);
			insert.binder().bind(statement, row);
		});
	}

}
