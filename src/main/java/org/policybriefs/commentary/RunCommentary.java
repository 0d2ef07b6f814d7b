package org.policybriefs.commentary;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.policybriefs.editions.Editions;
import org.policybriefs.editions.EditionsProperties;
import org.policybriefs.indicators.IndicatorValue;
import org.policybriefs.indicators.IndicatorValues;
import org.policybriefs.ingest.IngestedData;
import org.policybriefs.ingest.InputFileSpec;
import org.policybriefs.ingest.InputTexts;
import org.policybriefs.ingest.Region;

import org.springframework.stereotype.Component;

/**
 * The commentary of a run, bound: the input's commentary files with each figure found among the
 * run's values, and each passage's written-against values from {@code commentary/bindings.csv} and
 * the previous published edition's {@code passages.csv}. It reads only files and the run's data,
 * so every step, process and instance that asks gets the same answer: the commentary step (which
 * lists stale passages), render and publish.
 */
@Component
public class RunCommentary {

	private final IngestedData ingested;

	private final InputTexts texts;

	private final IndicatorValues values;

	private final CommentaryProperties properties;

	private final EditionsProperties editions;

	RunCommentary(IngestedData ingested, InputTexts texts, IndicatorValues values, CommentaryProperties properties,
			EditionsProperties editions) {
		this.ingested = ingested;
		this.texts = texts;
		this.values = values;
		this.properties = properties;
		this.editions = editions;
	}

	public StaleMode mode() {
		return this.properties.stale();
	}

	/**
	 * @param output the output folder whose editions the passages were published in; null for none
	 * @param asOf the run's as-of date: the previous edition is the latest before it; null: the latest
	 * @throws CommentaryException naming the file and line of a file that cannot be used or a figure not found
	 */
	public Commentary bind(Path input, Path output, LocalDate asOf, long instance) {
		List<String> regions = this.ingested.regions(instance).stream().map(Region::code).toList();
		// the files as the run read them: a worker without the input folder binds the same words
		Map<String, String> texts = this.texts.findAll(instance);
		// a file of a region whose row was rejected in this run is read (its figures have no value), not refused
		Set<String> rejectedRegions = this.ingested.rejectedCodes(instance, InputFileSpec.REGIONS);
		List<String> named = new ArrayList<>(regions);
		rejectedRegions.stream().filter((code) -> !named.contains(code)).forEach(named::add);
		List<CommentaryFiles.Parsed> files = CommentaryFiles.parse(input, texts, named);
		if (files.isEmpty()) {
			return new Commentary(List.of(), mode());
		}
		Map<String, String> units = new HashMap<>();
		this.ingested.indicators(instance).forEach((indicator) -> units.put(indicator.code(), indicator.unit()));
		List<String> allRegions = new ArrayList<>(regions);
		this.ingested.contextAreas(instance).forEach((area) -> allRegions.add(area.code()));
		Set<String> rejected = new HashSet<>(rejectedRegions);
		rejected.addAll(this.ingested.rejectedCodes(instance, InputFileSpec.INDICATORS));
		rejected.addAll(this.ingested.rejectedCodes(instance, InputFileSpec.SOURCES));
		List<IndicatorValue> values = this.values.findAll(instance);
		FigureLookup lookup = new FigureLookup(Set.copyOf(allRegions), units,
				this.ingested.sources(instance).stream().map((source) -> source.id()).collect(Collectors.toSet()),
				values, rejected);
		UnboundNumbers typed = new UnboundNumbers(values, units);
		List<String> unbound = new ArrayList<>();
		String bindings = CommentaryFiles.FOLDER + "/" + BindingsCsv.FILE;
		PassageBinder binder = new PassageBinder(
				BindingsCsv.parse(texts.get(bindings), input.resolve(bindings).toString()), previous(output, asOf));
		List<Commentary.BoundFile> bound = new ArrayList<>();
		for (CommentaryFiles.Parsed file : files) {
			List<Commentary.BoundBlock> blocks = new ArrayList<>();
			for (CommentaryBlock block : file.blocks()) {
				List<BoundPassage> passages = new ArrayList<>();
				for (Passage passage : block.passages()) {
					passages.add(bind(binder, lookup, file, passage));
					unbound.addAll(typed.lines(file.where(), passage));
				}
				blocks.add(new Commentary.BoundBlock(block.kind(), passages));
			}
			bound.add(new Commentary.BoundFile(file.name(), file.where(), blocks));
		}
		return new Commentary(bound, mode(), unbound);
	}

	private static BoundPassage bind(PassageBinder binder, FigureLookup lookup, CommentaryFiles.Parsed file,
			Passage passage) {
		// an unknown region, indicator or source stops the run; a figure without a value makes its passage stale
		return binder.bind(file.where(), file.name().file(), passage, (figure) -> {
			try {
				return lookup.resolve(figure, file.where());
			}
			catch (FigureLookup.MissingValue ex) {
				return null;
			}
		});
	}

	/** What the previous edition's passages were written against, by file, hash and figure. */
	private Map<PassageBinder.Key, BoundValue> previous(Path output, LocalDate asOf) {
		Map<PassageBinder.Key, BoundValue> previous = new HashMap<>();
		if (output == null) {
			return previous;
		}
		Editions published = new Editions(output, this.editions);
		Optional<LocalDate> edition = (asOf != null) ? published.previous(asOf) : published.latest();
		edition.flatMap((date) -> published.verifiedFile(date, PassagesCsv.FILE))
			.ifPresent((file) -> PassagesCsv.read(file).forEach((row) -> previous.put(row.key(), row.writtenAgainst())));
		return previous;
	}

}
