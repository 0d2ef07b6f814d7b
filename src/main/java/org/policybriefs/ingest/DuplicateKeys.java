package org.policybriefs.ingest;

import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;

/**
 * Finds the loaded rows of one file whose key repeats and moves them to {@code rejected_row}.
 * When the values disagree every such row is rejected and names the others (the tool cannot
 * know which is right); an exact repeat is rejected in favour of the first line. One query finds
 * the repeated keys (GROUP BY … HAVING COUNT(*) > 1), then each key's rows are read through the
 * key's index, holding one key's rows at a time, so memory stays flat.
 */
final class DuplicateKeys {

	private static final int BATCH = 1000;

	private final NamedParameterJdbcTemplate jdbc;

	private final InputFileSpec spec;

	private final long instance;

	private final String keyColumns;

	private final List<Row> group = new ArrayList<>();

	private final List<RejectedRow> rejections = new ArrayList<>();

	private final List<SqlParameterSource> deletions = new ArrayList<>();

	DuplicateKeys(NamedParameterJdbcTemplate jdbc, InputFileSpec spec, long instance) {
		this.jdbc = jdbc;
		this.spec = spec;
		this.instance = instance;
		this.keyColumns = String.join(", ", spec.keyColumns());
	}

	/** Rejects the repeats of every key that occurs more than once: all its copies when their values disagree. */
	void reject() {
		String table = this.spec.table();
		// job_instance_id leads the GROUP BY so that it covers the first columns of the observation
		// index (job_instance_id, period, region, indicator, source): H2 then groups the rows in index
		// order as it reads them ("group sorted") instead of hashing a million keys, and the copies of
		// a repeated key are read through the same index, instead of scanning every row for an IN.
		String repeatedKeys = "SELECT " + this.keyColumns + " FROM " + table + " WHERE job_instance_id = :instance"
				+ " GROUP BY job_instance_id, " + this.keyColumns + " HAVING COUNT(*) > 1";
		String copies = "SELECT " + selected() + " FROM " + table + " WHERE job_instance_id = :instance" + sameKey()
				+ " ORDER BY line";
		this.jdbc.query(repeatedKeys, new MapSqlParameterSource("instance", this.instance), (ResultSet key) -> {
			MapSqlParameterSource sameKey = new MapSqlParameterSource("instance", this.instance);
			for (String column : this.spec.keyColumns()) {
				sameKey.addValue(column, key.getString(column));
			}
			this.jdbc.query(copies, sameKey, this::collect);
			closeGroup();
		});
		flush();
	}

	private void collect(ResultSet rs) throws SQLException {
		List<String> key = new ArrayList<>(this.spec.keyColumns().size());
		for (String column : this.spec.keyColumns()) {
			key.add(rs.getString(column));
		}
		this.group.add(new Row(key, rs.getLong("line"), content(rs)));
	}

	/**
	 * What is compared between copies: for observations the value and qualifier (a figure quoted
	 * twice is the same figure), for the other files every column the row loaded.
	 */
	private String selected() {
		return (this.spec == InputFileSpec.OBSERVATIONS)
				? this.keyColumns + ", line, CAST(val AS VARCHAR(64)) || ' ' || qualifier AS shown" : "*";
	}

	private String content(ResultSet rs) throws SQLException {
		if (this.spec == InputFileSpec.OBSERVATIONS) {
			return rs.getString("shown");
		}
		ResultSetMetaData columns = rs.getMetaData();
		StringBuilder content = new StringBuilder();
		for (int i = 1; i <= columns.getColumnCount(); i++) {
			String name = columns.getColumnLabel(i);
			if (!name.equalsIgnoreCase("line") && !name.equalsIgnoreCase("job_instance_id")) {
				content.append(rs.getString(i)).append('\u0000');
			}
		}
		return content.toString();
	}

	private String sameKey() {
		return String.join("", this.spec.keyColumns().stream().map((c) -> " AND " + c + " = :" + c).toList());
	}

	private void closeGroup() {
		if (this.group.size() < 2) {
			this.group.clear();
			return;
		}
		boolean conflicting = this.group.stream().map(Row::shown).distinct().count() > 1;
		String keyText = String.join(" / ", this.group.get(0).key());
		String lines = String.join(", ", this.group.stream().map((row) -> Long.toString(row.line())).toList());
		for (int i = 0; i < this.group.size(); i++) {
			if (!conflicting && i == 0) {
				continue;
			}
			long line = this.group.get(i).line();
			String reason = conflicting
					? "duplicate " + keyText + " with a different value: lines " + lines
							+ " disagree; keep the right one and delete the others"
					: "duplicate " + keyText + ": already given on line " + this.group.get(0).line() + "; delete this row";
			this.rejections.add(new RejectedRow(this.spec.fileName(), line, this.keyColumns, keyText, reason));
			MapSqlParameterSource deletion = new MapSqlParameterSource("instance", this.instance).addValue("line", line);
			for (int k = 0; k < this.spec.keyColumns().size(); k++) {
				deletion.addValue(this.spec.keyColumns().get(k), this.group.get(0).key().get(k));
			}
			this.deletions.add(deletion);
		}
		this.group.clear();
		if (this.rejections.size() >= BATCH) {
			flush();
		}
	}

	private void flush() {
		if (this.rejections.isEmpty()) {
			return;
		}
		IngestWriter.insert(this.jdbc.getJdbcTemplate(), this.instance, IngestSql.REJECTED_ROW, this.rejections);
		this.jdbc.batchUpdate("DELETE FROM " + this.spec.table() + " WHERE job_instance_id = :instance" + sameKey()
				+ " AND line = :line", this.deletions.toArray(SqlParameterSource[]::new));
		this.rejections.clear();
		this.deletions.clear();
	}

	private record Row(List<String> key, long line, String shown) {
	}

}
