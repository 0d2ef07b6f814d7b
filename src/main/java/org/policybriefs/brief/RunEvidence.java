package org.policybriefs.brief;

import java.util.List;

import org.policybriefs.evidence.CheckResult;
import org.policybriefs.evidence.EvidenceCatalog;
import org.policybriefs.indicators.IndicatorValue;
import org.policybriefs.ingest.Region;

/**
 * What the run knows beyond each figure's preferred value: the other sources' values, the areas
 * above the regions with their figures, the checks it ran and the kinds of source it ranked by.
 *
 * @param others the values of the compared regions' figures that another source's value outranks
 * @param contextAreas the areas above the regions (level context in regions.csv)
 * @param contextValues every value of the context areas, preferred or not
 * @param checks every check run, passed or failed
 * @param kinds the kinds of source, most authoritative first, with their names
 */
public record RunEvidence(List<IndicatorValue> others, List<Region> contextAreas, List<IndicatorValue> contextValues,
		List<CheckResult> checks, List<EvidenceCatalog.SourceKind> kinds) {

	static final RunEvidence NONE = new RunEvidence(List.of(), List.of(), List.of(), List.of(), List.of());

	/** The other sources' values of a figure, in the order the run read them. */
	List<IndicatorValue> othersOf(String region, String indicator, String period) {
		return this.others.stream()
			.filter((v) -> v.region().equals(region) && v.indicator().equals(indicator) && v.period().equals(period))
			.toList();
	}

	List<CheckResult> failed() {
		return this.checks.stream().filter((check) -> !check.passed()).toList();
	}

	/** Whether a failed check concerns this value of a figure: a brief never states it without its flag. */
	boolean flagged(IndicatorValue value) {
		return failed().stream()
			.anyMatch((check) -> check.flags(value.region(), value.indicator(), value.period(), value.sources()));
	}

	/** The name of a kind of source in a language; the code itself when evidence.yml does not list it. */
	String kindName(String kind, boolean chinese) {
		return this.kinds.stream()
			.filter((k) -> k.code().equals(kind))
			.map((k) -> chinese ? k.nameZh() : k.nameEn())
			.findFirst()
			.orElse(kind);
	}

}
