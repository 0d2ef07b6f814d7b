package org.policybriefs.ingest;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.batch.infrastructure.item.ItemProcessor;

/**
 * The row checks of each input file: each turns a {@link CsvRow} into a loaded record or
 * into rejections that say what is wrong and how to fix it.
 */
final class RowValidators {

	private static final Set<String> KINDS = Set.of(IndicatorDefinition.OBSERVED, IndicatorDefinition.DERIVED);

	private static final Set<String> DIRECTIONS = Set.of("higher", "lower", "neutral");

	private RowValidators() {
	}

	private static final Log logger = LogFactory.getLog(RowValidators.class);

	/** A source kind: a word of evidence.yml's source_kinds, which ranks it; one not listed there ranks last. */
	private static final java.util.regex.Pattern SOURCE_KIND = java.util.regex.Pattern.compile("[a-z][a-z0-9-]{0,31}");

	private static final Set<String> LEVELS = Set.of(Region.REGION, Region.CONTEXT);

	static ItemProcessor<CsvRow, Checked<Source>> sources() {
		return (row) -> {
			warnOfPunctuation(row, InputFileSpec.SOURCES);
			CsvRowValidation check = new CsvRowValidation(row, InputFileSpec.SOURCES);
			String id = check.code("id", CsvRowValidation.SOURCE_ID, "source id");
			String kind = row.get("kind");
			if (!kind.isEmpty() && !SOURCE_KIND.matcher(kind).matches()) {
				check.reject("kind", kind, "not a source kind: write a word of evidence.yml's source_kinds, such as"
						+ " official-statistics or self-media (lower-case letters, digits and '-'), or leave it empty");
			}
			return check.result(() -> new Source(id, row.get("title"), row.get("publisher"), row.get("published"),
					row.get("url"), kind,
					attributes(row, InputFileSpec.SOURCES), row.line()));
		};
	}

	static ItemProcessor<CsvRow, Checked<Region>> regions() {
		return (row) -> {
			warnOfPunctuation(row, InputFileSpec.REGIONS);
			CsvRowValidation check = new CsvRowValidation(row, InputFileSpec.REGIONS);
			String code = check.code("code", Codes.REGION, "region code");
			String nameEn = check.required("name_en");
			String nameZh = check.required("name_zh");
			// an area above the regions (the country) has no strategy of its own to compare
			boolean context = Region.CONTEXT.equals(check.optionalOneOf("level", LEVELS));
			String strategy = context ? check.optional("strategy") : check.required("strategy");
			String strategyEn = context ? check.optional("strategy_en") : check.required("strategy_en");
			String strategyZh = context ? check.optional("strategy_zh") : check.required("strategy_zh");
			return check.result(() -> new Region(code, nameEn, nameZh, strategy, strategyEn, strategyZh,
					attributes(row, InputFileSpec.REGIONS), row.line()));
		};
	}

	/**
	 * @param regions the region codes of regions.csv, which a derived indicator's {@code region} and
	 * {@code benchmark_region} must name
	 */
	static ItemProcessor<CsvRow, Checked<IndicatorDefinition>> indicators(Set<String> regions) {
		return indicators(regions, RejectedKeys.NONE);
	}

	/** The same, told which region codes regions.csv has only in rejected rows. */
	static ItemProcessor<CsvRow, Checked<IndicatorDefinition>> indicators(Set<String> regions, RejectedKeys rejected) {
		return (row) -> {
			warnOfPunctuation(row, InputFileSpec.INDICATORS);
			CsvRowValidation check = new CsvRowValidation(row, InputFileSpec.INDICATORS);
			String code = check.code("code", Codes.INDICATOR, "indicator code");
			String nameEn = check.required("name_en");
			String nameZh = check.required("name_zh");
			String category = check.required("category");
			String kind = check.oneOf("kind", KINDS);
			String formula = check.optional("formula");
			if (IndicatorDefinition.DERIVED.equals(kind) && formula.isEmpty()) {
				check.reject("formula", formula, "a derived indicator needs a formula");
			}
			if (IndicatorDefinition.OBSERVED.equals(kind) && !formula.isEmpty()) {
				check.reject("formula", formula, "an observed indicator has no formula; set kind to derived or clear it");
			}
			Integer decimals = check.integer("decimals", 0, 10);
			String direction = check.oneOf("direction", DIRECTIONS);
			boolean derived = IndicatorDefinition.DERIVED.equals(kind);
			String region = check.optionalRegion("region", regions, rejected);
			if (!region.isEmpty() && !derived) {
				check.reject("region", region, "only a derived indicator names the region it describes; an observed"
						+ " value gives its region in observations.csv, so clear this column");
			}
			String benchmarkRegion = check.optionalRegion("benchmark_region", regions, rejected);
			Double benchmarkValue = check.optionalNumber("benchmark_value");
			Double tolerance = check.optionalNumber("tolerance");
			if (tolerance != null && (tolerance < 0 || tolerance > 1)) {
				check.reject("tolerance", row.get("tolerance"), "a tolerance is a relative difference between 0 and 1"
						+ " (0.05 = 5 %); write such a number, or leave it empty for evidence.yml's default");
			}
			if (benchmarkRegion.isEmpty() != (benchmarkValue == null) && !check.hasProblems()) {
				check.reject(benchmarkRegion.isEmpty() ? "benchmark_region" : "benchmark_value", "",
						"a benchmark needs both benchmark_region and benchmark_value (the region's defined value,"
								+ " such as 1 for an index with Beijing = 1), or neither");
			}
			if (!benchmarkRegion.isEmpty() && !derived) {
				check.reject("benchmark_region", benchmarkRegion, "only a derived indicator (an index computed relative"
						+ " to a region) has a benchmark region; clear benchmark_region and benchmark_value");
			}
			return check.result(() -> new IndicatorDefinition(code, nameEn, nameZh, row.get("unit"), category, kind,
					formula, decimals, direction, region, benchmarkRegion, benchmarkValue,
					attributes(row, InputFileSpec.INDICATORS), row.line()));
		};
	}

	static ItemProcessor<CsvRow, Checked<Observation>> observations(ReferenceCodes codes) {
		return (row) -> {
			warnOfPunctuation(row, InputFileSpec.OBSERVATIONS);
			CsvRowValidation check = new CsvRowValidation(row, InputFileSpec.OBSERVATIONS);
			String region = check.code("region", Codes.REGION, "region code");
			String indicator = check.code("indicator", Codes.INDICATOR, "indicator code");
			if (!check.hasProblems()) {
				check.known("region", codes.regions(), "region", InputFileSpec.REGIONS, codes.rejected());
				if (codes.derivedIndicators().contains(indicator)) {
					check.reject("indicator", indicator, "'" + indicator + "' is a derived indicator; its values are"
							+ " computed from its formula in indicators.csv, not observed");
				}
				else {
					check.known("indicator", codes.observedIndicators(), "indicator", InputFileSpec.INDICATORS,
							codes.rejected());
				}
			}
			String period = check.period("period");
			Double value = check.number("value");
			String qualifier = check.oneOf("qualifier", Observation.QUALIFIERS);
			if (value != null && "=".equals(qualifier) && codes.countIndicators().contains(indicator)
					&& value.doubleValue() != Math.rint(value)) {
				check.reject("value", row.get("value"), "'" + indicator + "' counts whole things (its unit in"
						+ " indicators.csv is count), so an exact value is a whole number; write the count the source"
						+ " gives, or mark an estimate with the qualifier ~");
			}
			String source = check.known("source", codes.sources(), "source", InputFileSpec.SOURCES, codes.rejected());
			String scopeEn = row.get("scope_en");
			String scopeZh = row.get("scope_zh");
			if (scopeEn.isEmpty() != scopeZh.isEmpty()) {
				check.reject(scopeEn.isEmpty() ? "scope_en" : "scope_zh", "", "a scope needs both scope_en and scope_zh,"
						+ " so that both editions say what the figure describes; fill in the other, or clear both for a"
						+ " figure of the whole region");
			}
			String basis = check.optionalOneOf("period_basis", Observation.PERIOD_BASES);
			return check.result(() -> new Observation(region, indicator, period, value, qualifier, source,
					row.get("quote"), row.get("note"), scopeEn, scopeZh, basis.isEmpty() ? "stated" : basis,
					row.get("quote_en"), row.line()));
		};
	}

	private static void warnOfPunctuation(CsvRow row, InputFileSpec spec) {
		for (String warning : ChinesePunctuation.warnings(row, spec.chineseColumns())) {
			logger.warn(warning);
		}
	}

	private static Map<String, String> attributes(CsvRow row, InputFileSpec spec) {
		Map<String, String> attributes = new LinkedHashMap<>();
		for (String column : spec.optionalColumns()) {
			String value = row.get(column);
			if (!value.isEmpty()) {
				attributes.put(column, value);
			}
		}
		return attributes;
	}

	/**
	 * The codes that observations may refer to, loaded once per step from the rows already ingested,
	 * and the codes whose rows were rejected.
	 */
	record ReferenceCodes(Set<String> regions, Set<String> observedIndicators, Set<String> derivedIndicators,
			Set<String> sources, RejectedKeys rejected, Set<String> countIndicators) {

		ReferenceCodes(Set<String> regions, Set<String> observedIndicators, Set<String> derivedIndicators,
				Set<String> sources, RejectedKeys rejected) {
			this(regions, observedIndicators, derivedIndicators, sources, rejected, Set.of());
		}

		ReferenceCodes(Set<String> regions, Set<String> observedIndicators, Set<String> derivedIndicators,
				Set<String> sources) {
			this(regions, observedIndicators, derivedIndicators, sources, RejectedKeys.NONE);
		}

	}

}
