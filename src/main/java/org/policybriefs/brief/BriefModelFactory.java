package org.policybriefs.brief;

import java.util.Set;
import java.util.stream.Collectors;

import org.policybriefs.evidence.EvidenceData;
import org.policybriefs.indicators.IndicatorValue;
import org.policybriefs.ingest.Region;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.policybriefs.brief.BriefViews.QualityLine;
import org.policybriefs.brief.BriefViews.RejectLine;
import org.policybriefs.commentary.Commentary;
import org.policybriefs.editions.EditionChanges;
import org.policybriefs.indicators.IndicatorValues;
import org.policybriefs.ingest.IngestedData;
import org.policybriefs.ingest.InputTexts;

import org.springframework.context.MessageSource;

/**
 * Builds a brief's typed model from the run's data: the edition, then each section by its
 * {@link SectionBuilder}, in the order of {@link BriefSections}. A section with nothing to show is left out.
 */
public final class BriefModelFactory {

	private final IngestedData ingested;

	private final IndicatorValues values;

	private final EvidenceData evidence;

	private final BriefSettings settings;

	private final MessageSource messages;

	private final List<SectionBuilder> builders;

	private final QuoteScript quotes;

	private final InputTexts texts;

	public BriefModelFactory(IngestedData ingested, InputTexts texts, IndicatorValues values, EvidenceData evidence,
			BriefSettings settings, MessageSource messages, List<SectionBuilder> builders, QuoteScript quotes) {
		this.ingested = ingested;
		this.texts = texts;
		this.evidence = evidence;
		this.values = values;
		this.settings = settings;
		this.messages = messages;
		this.builders = BriefSections.inOrder(builders);
		this.quotes = quotes;
	}

	/** The data shared by every brief of a run, read once: the catalogs as they are now, and what changed since the previous edition. */
	public RunData load(long instance, EditionChanges changes, Commentary commentary) {
		List<Region> regions = this.ingested.regions(instance);
		Set<String> compared = regions.stream().map(Region::code).collect(Collectors.toSet());
		List<IndicatorValue> all = this.values.findAll(instance);
		// the brief states each compared region's preferred values; the rest is evidence beside them
		List<IndicatorValue> stated = all.stream().filter((v) -> v.preferred() && compared.contains(v.region())).toList();
		RunEvidence evidence = new RunEvidence(
				all.stream().filter((v) -> !v.preferred() && compared.contains(v.region())).toList(),
				this.ingested.contextAreas(instance),
				all.stream().filter((v) -> !compared.contains(v.region()) && v.hasValue()).toList(),
				this.evidence.results(instance), this.evidence.kinds(instance));
		return RunData.of(regions, this.ingested.indicators(instance),
				this.ingested.sources(instance), stated,
				this.ingested.reconciliations(instance)
					.stream()
					.map((r) -> new QualityLine(r.file(), r.read(), r.loaded(), r.rejected()))
					.toList(),
				this.ingested.rejectedRows(instance)
					.stream()
					.map((r) -> new RejectLine(r.file(), r.line(), r.column(), r.value(), r.reason()))
					.toList(),
				this.settings.referenceRegion(), changes, Catalogs.read(this.settings.templates()), evidence,
				this.texts.series(instance))
			.with(commentary);
	}

	/** The words of a brief in its language. */
	public BriefWords words(Locale locale) {
		return new BriefWords(this.messages, locale);
	}

	public Brief build(RunData data, BriefRequest request) {
		BriefContext context = new BriefContext(data, data.catalogs(), request, words(request.locale()),
				this.settings, this.quotes);
		List<Section> sections = new ArrayList<>();
		for (SectionBuilder builder : this.builders) {
			builder.build(context).ifPresent(sections::add);
		}
		return new Brief(edition(context), List.copyOf(sections));
	}

	private Edition edition(BriefContext context) {
		BriefWords words = context.words();
		BriefRequest request = context.request();
		String regionNames = String.join(" · ", context.regions()
			.stream()
			.map((region) -> region.name().equals(region.nameZh()) ? region.name()
					: region.name() + " " + region.nameZh())
			.toList());
		return new Edition(request.briefId().toString(), request.baseName(), request.locale().toLanguageTag(),
				context.chinese() ? "zh" : "en", context.regional(),
				context.regional() ? context.focus().code() : "", context.title(), context.subtitle(),
				context.keywords(),
				this.settings.publisher(), context.series(), request.asOf().toString(), context.asOfText(),
				context.data().period(), regionNames);
	}

}
