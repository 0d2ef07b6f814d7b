package org.policybriefs.evidence;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.ToDoubleFunction;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.policybriefs.ingest.IndicatorDefinition;
import org.policybriefs.ingest.IngestedData;
import org.policybriefs.ingest.IngestedData.WeighedObservation;
import org.policybriefs.ingest.Region;
import org.policybriefs.ingest.Source;

import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

/**
 * Weighs the run's sources: marks the preferred value of every figure that several sources give
 * (and whether each other value agrees with it), then runs the checks of evidence.yml and keeps
 * their results. A failed check is reported, a line per check naming each figure's line in
 * observations.csv, and never stops the run.
 */
class EvidenceTasklet implements Tasklet {

	private static final Log logger = LogFactory.getLog(EvidenceTasklet.class);

	private final IngestedData ingested;

	private final EvidenceData evidence;

	private final Path input;

	EvidenceTasklet(IngestedData ingested, EvidenceData evidence, Path input) {
		this.ingested = ingested;
		this.evidence = evidence;
		this.input = input;
	}

	@Override
	public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
		long instance = contribution.getStepExecution().getJobExecution().getJobInstance().getInstanceId();
		EvidenceCatalog catalog = EvidenceCatalog.read(this.input);
		for (Source source : this.ingested.sources(instance)) {
			if (!source.kind().isEmpty() && !catalog.declares(source.kind()) && !catalog.kinds().isEmpty()) {
				logger.warn("sources.csv:" + source.line() + ": kind '" + source.kind() + "' of source " + source.id()
						+ " is not among evidence.yml's source_kinds, so it ranks last; add it there or correct it");
			}
		}
		Map<String, Double> tolerances = new HashMap<>();
		for (IndicatorDefinition indicator : this.ingested.indicators(instance)) {
			String tolerance = indicator.attributes().get("tolerance");
			if (tolerance != null) {
				tolerances.put(indicator.code(), Double.parseDouble(tolerance));
			}
		}
		ToDoubleFunction<String> tolerance = (indicator) -> tolerances.getOrDefault(indicator, catalog.tolerance());
		List<Preference.Weighed> weighed = Preference.weigh(figures(this.ingested.observationsToWeigh(instance)),
				catalog, tolerance);
		List<IngestedData.Mark> marks = new ArrayList<>();
		int disagreements = 0;
		for (Preference.Weighed w : weighed) {
			marks.add(mark(w.preferred(), true, null));
			for (Map.Entry<Figure, Boolean> other : w.others().entrySet()) {
				marks.add(mark(other.getKey(), false, other.getValue()));
				if (!other.getValue()) {
					disagreements++;
					logger.info(String.format("%-17s %s differs from the preferred %s", "sources",
							other.getKey().describe(), w.preferred().describe()));
				}
			}
		}
		this.ingested.markPreferred(instance, marks);
		Set<String> regions = new HashSet<>(this.ingested.regions(instance).stream().map(Region::code).toList());
		// the checks read only the indicators they name, each figure with its preferred value
		List<Figure> checked = figures(this.ingested.observationsOf(instance, indicatorsNamed(catalog.checks())));
		Map<String, Figure> preferred = new HashMap<>();
		Preference.weigh(checked, catalog, tolerance).forEach((w) -> preferred.put(w.preferred().key(), w.preferred()));
		List<CheckResult> results = new Checks(checked, preferred, regions).run(catalog.checks());
		this.evidence.replace(instance, catalog.kinds(), results);
		long failed = results.stream().filter((r) -> !r.passed()).count();
		logger.info(String.format("%-17s %d figures from more than one source (%d disagree), %d checks run, %d failed",
				"evidence", weighed.size(), disagreements, results.size(), failed));
		results.stream().filter((r) -> !r.passed()).forEach((r) -> logger.info("  check failed: " + r.describe()));
		return RepeatStatus.FINISHED;
	}

	private static IngestedData.Mark mark(Figure figure, boolean preferred, Boolean agrees) {
		return new IngestedData.Mark(figure.region(), figure.indicator(), figure.period(), figure.source(), figure.line(),
				preferred, agrees);
	}

	private static List<Figure> figures(List<WeighedObservation> observations) {
		return observations.stream()
			.map((o) -> new Figure(o.region(), o.indicator(), o.period(), o.value(), o.qualifier(), o.source(),
					o.sourceKind(), o.published(), o.line()))
			.toList();
	}

	private static Set<String> indicatorsNamed(List<CheckRule> rules) {
		Set<String> indicators = new HashSet<>();
		for (CheckRule rule : rules) {
			rule.figures().values().forEach((figure) -> indicators.add(CheckRule.indicator(figure)));
			rule.parts().forEach((figure) -> indicators.add(CheckRule.indicator(figure)));
		}
		return indicators;
	}

}
