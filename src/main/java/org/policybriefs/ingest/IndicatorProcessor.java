package org.policybriefs.ingest;

import java.util.HashSet;
import java.util.Map;

import org.springframework.batch.infrastructure.item.ItemProcessor;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

/**
 * Checks each row of indicators.csv, also against the regions that the run loaded before it. A
 * class of its own, so that Spring Batch sees the step-scoped bean's type rather than an interface.
 */
class IndicatorProcessor implements ItemProcessor<CsvRow, Checked<IndicatorDefinition>> {

	private final ItemProcessor<CsvRow, Checked<IndicatorDefinition>> validator;

	IndicatorProcessor(NamedParameterJdbcTemplate jdbc, long instance) {
		this.validator = RowValidators.indicators(new HashSet<>(jdbc.queryForList(
				"SELECT code FROM region WHERE job_instance_id = :instance", Map.of("instance", instance), String.class)),
				RejectedKeys.load(jdbc, instance));
	}

	@Override
	public Checked<IndicatorDefinition> process(CsvRow row) throws Exception {
		return this.validator.process(row);
	}

}
