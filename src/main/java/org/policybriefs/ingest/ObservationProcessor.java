package org.policybriefs.ingest;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import org.springframework.batch.infrastructure.item.ItemProcessor;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

/**
 * Checks each row of observations.csv, also against the regions, indicators and sources that
 * the run loaded before it. A class of its own, so that Spring Batch sees the step-scoped bean's
 * type rather than an interface.
 */
class ObservationProcessor implements ItemProcessor<CsvRow, Checked<Observation>> {

	private final ItemProcessor<CsvRow, Checked<Observation>> validator;

	ObservationProcessor(NamedParameterJdbcTemplate jdbc, long instance) {
		Map<String, Long> params = Map.of("instance", instance);
		Set<String> regions = new HashSet<>(
				jdbc.queryForList("SELECT code FROM region WHERE job_instance_id = :instance", params, String.class));
		Set<String> observed = new HashSet<>(jdbc.queryForList(
				"SELECT code FROM indicator WHERE job_instance_id = :instance AND kind = 'observed'", params, String.class));
		Set<String> derived = new HashSet<>(jdbc.queryForList(
				"SELECT code FROM indicator WHERE job_instance_id = :instance AND kind = 'derived'", params, String.class));
		// the indicators of whole things: the unit the brief writes as whole numbers
		Set<String> counts = new HashSet<>(jdbc.queryForList(
				"SELECT code FROM indicator WHERE job_instance_id = :instance AND kind = 'observed' AND unit = 'count'",
				params, String.class));
		Set<String> sources = new HashSet<>(
				jdbc.queryForList("SELECT id FROM source WHERE job_instance_id = :instance", params, String.class));
		this.validator = RowValidators.observations(new RowValidators.ReferenceCodes(regions, observed, derived, sources,
				RejectedKeys.load(jdbc, instance), counts));
	}

	@Override
	public Checked<Observation> process(CsvRow row) throws Exception {
		return this.validator.process(row);
	}

}
