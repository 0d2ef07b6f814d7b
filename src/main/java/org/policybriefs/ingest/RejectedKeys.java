package org.policybriefs.ingest;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

/**
 * The codes of regions, indicators and sources whose rows were rejected, for their code (a
 * conflicting duplicate, say) or for any other column, with the lines: an observation naming one is told to fix that row,
 * not to add a code its file already has.
 */
record RejectedKeys(Map<String, List<Long>> lines) {

	static final RejectedKeys NONE = new RejectedKeys(Map.of());

	private static final List<InputFileSpec> REFERENCED = List.of(InputFileSpec.REGIONS, InputFileSpec.INDICATORS,
			InputFileSpec.SOURCES);

	/** The lines of the file whose rejected rows have this code; empty when none has. */
	List<Long> of(InputFileSpec spec, String code) {
		return this.lines.getOrDefault(spec.fileName() + "\n" + code, List.of());
	}

	/** The codes that the file has only in rejected rows. */
	Set<String> codes(InputFileSpec spec) {
		Set<String> codes = new LinkedHashSet<>();
		String prefix = spec.fileName() + "\n";
		this.lines.keySet()
			.stream()
			.filter((key) -> key.startsWith(prefix))
			.forEach((key) -> codes.add(key.substring(prefix.length())));
		return codes;
	}

	/** The rejected codes of one run's regions.csv, indicators.csv and sources.csv, read once per step. */
	static RejectedKeys load(NamedParameterJdbcTemplate jdbc, long instance) {
		Map<String, List<Long>> lines = new LinkedHashMap<>();
		for (InputFileSpec spec : REFERENCED) {
			jdbc.query("""
					SELECT COALESCE(row_key, val) AS val, line FROM rejected_row
					WHERE job_instance_id = :instance AND file = :file AND (column_name = :key OR row_key IS NOT NULL)
					ORDER BY line""",
					new MapSqlParameterSource("instance", instance).addValue("file", spec.fileName())
						.addValue("key", spec.keyColumns().get(0)),
					(rs) -> {
						List<Long> found = lines.computeIfAbsent(spec.fileName() + "\n" + rs.getString("val"),
								(key) -> new ArrayList<>());
						if (!found.contains(rs.getLong("line"))) {
							found.add(rs.getLong("line"));
						}
					});
		}
		return new RejectedKeys(lines);
	}

}
