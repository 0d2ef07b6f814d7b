package org.policybriefs.web;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.policybriefs.editions.EditionRefusedException;
import org.policybriefs.editions.Editions;
import org.policybriefs.editions.EditionsProperties;
import org.policybriefs.indicators.IndicatorValue;
import org.policybriefs.indicators.IndicatorValues;
import org.policybriefs.indicators.ValueFormatter;
import org.policybriefs.ingest.IndicatorDefinition;
import org.policybriefs.ingest.IngestedData;
import org.policybriefs.ingest.Region;
import org.policybriefs.ingest.Source;
import org.policybriefs.jobs.ServeProperties;

import org.springframework.batch.core.job.JobExecution;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The Data page: the indicators of the latest completed run, region by region, with units,
 * qualifiers and sources.
 */
@Controller
class DataPageController {

	private final RunHistory history;

	private final IngestedData ingested;

	private final IndicatorValues values;

	private final Path output;

	private final EditionsProperties limits;

	DataPageController(RunHistory history, IngestedData ingested, IndicatorValues values, ServeProperties serve,
			EditionsProperties limits) {
		this.limits = limits;
		this.history = history;
		this.ingested = ingested;
		this.values = values;
		this.output = serve.output();
	}

	/** Any two published editions of the serve output folder, compared by content. */
	private void compare(Model model, String from, String to) {
		Editions editions = new Editions(this.output, this.limits);
		List<LocalDate> published = editions.published();
		model.addAttribute("editions", published.stream().sorted(java.util.Comparator.reverseOrder()).map(LocalDate::toString).toList());
		if (from == null || to == null) {
			return;
		}
		model.addAttribute("from", from);
		model.addAttribute("to", to);
		try {
			LocalDate earlier = LocalDate.parse(from);
			LocalDate later = LocalDate.parse(to);
			if (!published.contains(earlier) || !published.contains(later)) {
				model.addAttribute("compareError", "Both dates must be published editions.");
				return;
			}
			model.addAttribute("comparison", ChangesView.of(editions.compare(earlier, later)));
		}
		catch (EditionRefusedException ex) {
			model.addAttribute("compareError", "An edition fails its verification: " + ex.file().getParent().getFileName()
					+ "/" + ex.file().getFileName() + ((ex.line() > 0) ? ", line " + ex.line() : "") + ".");
		}
		catch (java.time.format.DateTimeParseException ex) {
			model.addAttribute("compareError", "Dates are written YYYY-MM-DD.");
		}
	}

	private static final ValueFormatter FORMAT = new ValueFormatter(Locale.ENGLISH);

	/** A value with its qualifier's sign and the decimals its catalog entry asks for, as the briefs print it. */
	private static String text(IndicatorValue value, IndicatorDefinition indicator) {
		if (indicator == null) {
			return ValueFormatter.plain(value.value());
		}
		return FORMAT.value(value.value(), value.qualifier(), indicator.decimals(), indicator.unit()).text();
	}

	@GetMapping("/data")
	String data(Model model, @RequestParam(required = false) String from, @RequestParam(required = false) String to) {
		model.addAttribute("section", "data");
		compare(model, from, to);
		JobExecution latest = this.history.latestCompleted().orElse(null);
		if (latest == null) {
			model.addAttribute("regions", List.of());
			return "data";
		}
		long instance = latest.getJobInstance().getInstanceId();
		Map<String, IndicatorDefinition> catalog = new LinkedHashMap<>();
		this.ingested.indicators(instance).forEach((indicator) -> catalog.put(indicator.code(), indicator));
		List<Source> sources = this.ingested.sources(instance);
		List<RegionView> regions = new ArrayList<>();
		List<IndicatorValue> all = this.values.findAll(instance);
		for (Region region : this.ingested.regions(instance)) {
			List<RowView> rows = new ArrayList<>();
			for (IndicatorValue value : all) {
				if (!value.region().equals(region.code())) {
					continue;
				}
				IndicatorDefinition indicator = catalog.get(value.indicator());
				rows.add(new RowView((indicator != null) ? indicator.nameEn() : value.indicator(), value.indicator(),
						value.period(), value.hasValue() ? text(value, indicator) : "n/a",
						(indicator != null && indicator.unit() != null) ? indicator.unit() : "", value.kind(),
						value.sources(), value.scope().en(),
						value.hasValue() ? "" : (value.missing() != null) ? value.missing().describe() : ""));
			}
			regions.add(new RegionView(region.code(), region.nameEn(), region.strategyEn(), rows));
		}
		model.addAttribute("regions", regions);
		model.addAttribute("sources", sources);
		model.addAttribute("run", this.history.summary(latest));
		return "data";
	}

	/** A region with its indicators, as the page lists them. Public because FreeMarker reads only public types. */
	public record RegionView(String code, String name, String strategy, List<RowView> rows) {
	}

	/**
	 * An indicator's value for a region and period, as the briefs print it. Public because FreeMarker
	 * reads only public types.
	 *
	 * @param value the value with its qualifier's sign, or {@code n/a}
	 * @param note why there is no value; empty when there is one
	 */
	public record RowView(String name, String code, String period, String value, String unit, String kind,
			List<String> sources, String scope, String note) {
	}

}
