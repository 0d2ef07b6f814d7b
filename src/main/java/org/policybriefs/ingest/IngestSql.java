package org.policybriefs.ingest;

import java.util.Map;

import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;

/**
 * The insert statements of the ingest steps and the mapping of each record to their parameters.
 */
final class IngestSql {

	static final String INSERT_SOURCE = """
			INSERT INTO source (job_instance_id, id, title, publisher, published, url, line)
			VALUES (:instance, :id, :title, :publisher, :published, :url, :line)""";

	static final String INSERT_REGION = """
			INSERT INTO region (job_instance_id, code, name_en, name_zh, strategy, strategy_en, strategy_zh, attributes, line)
			VALUES (:instance, :code, :nameEn, :nameZh, :strategy, :strategyEn, :strategyZh, :attributes, :line)""";

	static final String INSERT_INDICATOR = """
			INSERT INTO indicator (job_instance_id, code, name_en, name_zh, unit, category, kind, formula, decimals,
				direction, attributes, line)
			VALUES (:instance, :code, :nameEn, :nameZh, :unit, :category, :kind, :formula, :decimals,
				:direction, :attributes, :line)""";

	static final String INSERT_OBSERVATION = """
			INSERT INTO observation (job_instance_id, region, indicator, period, val, qualifier, source, quote, note, line)
			VALUES (:instance, :region, :indicator, :period, :value, :qualifier, :source, :quote, :note, :line)""";

	private static final JsonMapper json = JsonMapper.builder().build();

	private IngestSql() {
	}

	static MapSqlParameterSource source(Source source) {
		return new MapSqlParameterSource().addValue("id", source.id())
			.addValue("title", source.title())
			.addValue("publisher", source.publisher())
			.addValue("published", source.published())
			.addValue("url", source.url())
			.addValue("line", source.line());
	}

	static MapSqlParameterSource region(Region region) {
		return new MapSqlParameterSource().addValue("code", region.code())
			.addValue("nameEn", region.nameEn())
			.addValue("nameZh", region.nameZh())
			.addValue("strategy", region.strategy())
			.addValue("strategyEn", region.strategyEn())
			.addValue("strategyZh", region.strategyZh())
			.addValue("attributes", toJson(region.attributes()))
			.addValue("line", region.line());
	}

	static MapSqlParameterSource indicator(IndicatorDefinition indicator) {
		return new MapSqlParameterSource().addValue("code", indicator.code())
			.addValue("nameEn", indicator.nameEn())
			.addValue("nameZh", indicator.nameZh())
			.addValue("unit", indicator.unit())
			.addValue("category", indicator.category())
			.addValue("kind", indicator.kind())
			.addValue("formula", indicator.formula().isEmpty() ? null : indicator.formula())
			.addValue("decimals", indicator.decimals())
			.addValue("direction", indicator.direction())
			.addValue("attributes", toJson(indicator.attributes()))
			.addValue("line", indicator.line());
	}

	static MapSqlParameterSource observation(Observation observation) {
		return new MapSqlParameterSource().addValue("region", observation.region())
			.addValue("indicator", observation.indicator())
			.addValue("period", observation.period())
			.addValue("value", observation.value())
			.addValue("qualifier", observation.qualifier())
			.addValue("source", observation.source())
			.addValue("quote", observation.quote())
			.addValue("note", observation.note())
			.addValue("line", observation.line());
	}

	static String toJson(Map<String, String> attributes) {
		return json.writeValueAsString(attributes);
	}

	@SuppressWarnings("unchecked")
	public static Map<String, String> fromJson(String attributes) {
		return (attributes != null) ? json.readValue(attributes, Map.class) : Map.of();
	}

}
