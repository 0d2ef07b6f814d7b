package org.policybriefs.publish;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.LongFunction;
import java.util.stream.Stream;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.policybriefs.commentary.Commentary;
import org.policybriefs.commentary.PassagesCsv;
import org.policybriefs.editions.ChangesCsv;
import org.policybriefs.editions.EditionChanges;
import org.policybriefs.editions.EditionManifest;
import org.policybriefs.editions.IndicatorsCsv;
import org.policybriefs.editions.RunChanges;
import org.policybriefs.files.AtomicFiles;
import org.policybriefs.files.CsvWriter;
import org.policybriefs.files.Sha256;
import org.policybriefs.evidence.EvidenceData;
import org.policybriefs.indicators.IndicatorValues;
import org.policybriefs.ingest.IndicatorDefinition;
import org.policybriefs.ingest.IngestedData;
import org.policybriefs.ingest.RejectedRow;
import org.policybriefs.render.RenderedBriefs;
import org.policybriefs.render.RenderedBriefs.RenderedBrief;

import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

/**
 * Publishes a run: writes {@code indicators.csv}, {@code rejects.csv}, {@code changes.csv} (after a
 * first edition: what changed since the previous one), {@code passages.csv} (the commentary's passages and
 * the values they were written against) and {@code manifest.json}
 * into staging, then moves every file into {@code OUTPUT/<as-of>/} by atomic renames, the
 * manifest last, so that a manifest only ever lists files that are complete and in place; then
 * removes what an earlier publication left that this manifest does not list. It can be redone
 * from any point a crash stopped it at: a file no longer in staging counts as moved when the
 * as-of folder holds it with the sha256 the render step recorded.
 */
class PublishTasklet implements Tasklet {

	private static final Log logger = LogFactory.getLog(PublishTasklet.class);

	static final String INDICATORS = IndicatorsCsv.FILE;

	static final String REJECTS = "rejects.csv";

	/** Folder of the XHTML kept with {@code --keep-xhtml}, as the render step wrote it into staging. */
	static final String XHTML = "xhtml";

	private final RenderedBriefs rendered;

	private final IndicatorValues values;

	private final IngestedData ingested;

	private final EvidenceData evidence;

	private final PublishTarget target;

	private final RunChanges changes;

	private final RunRetention retention;

	private final LongFunction<Commentary> commentary;

	/** @param commentary the run's commentary, bound, by job instance */
	PublishTasklet(RenderedBriefs rendered, IndicatorValues values, IngestedData ingested, EvidenceData evidence,
			PublishTarget target, RunChanges changes, RunRetention retention, LongFunction<Commentary> commentary) {
		this.commentary = commentary;
		this.rendered = rendered;
		this.evidence = evidence;
		this.values = values;
		this.ingested = ingested;
		this.target = target;
		this.changes = changes;
		this.retention = retention;
	}

	@Override
	public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) throws IOException {
		long instance = contribution.getStepExecution().getJobExecution().getJobInstance().getInstanceId();
		Path staging = this.target.staging();
		Path published = this.target.published();
		logger.debug("publish: writing " + INDICATORS + " and " + REJECTS);
		writeIndicators(instance, staging.resolve(INDICATORS));
		writeRejects(instance, staging.resolve(REJECTS));
		AtomicFiles.write(staging.resolve(ChecksCsv.FILE), (out) -> ChecksCsv.write(this.evidence.results(instance), out));
		EditionChanges changes = this.changes.since(this.target.published().getParent(),
				LocalDate.parse(this.target.asOf()), instance);
		List<String> data = new ArrayList<>(List.of(INDICATORS, REJECTS, ChecksCsv.FILE));
		Commentary commentary = this.commentary.apply(instance);
		if (!commentary.files().isEmpty()) {
			// what the next edition carries forward: each passage and the values it was written against
			AtomicFiles.write(staging.resolve(PassagesCsv.FILE), (out) -> PassagesCsv.write(commentary.rows(), out));
			data.add(PassagesCsv.FILE);
		}
		if (!changes.isFirstEdition()) {
			// every edition after the first says what changed since the one before it
			AtomicFiles.write(staging.resolve(ChangesCsv.FILE), (out) -> ChangesCsv.write(changes.changes(), out));
			data.add(ChangesCsv.FILE);
			logger.info(String.format("%-17s %d changes since %s", "changes", changes.changes().size(), changes.from()));
		}
		List<EditionManifest.BriefFile> briefs = new ArrayList<>();
		for (RenderedBrief brief : this.rendered.findAll(instance)) {
			briefs.add(new EditionManifest.BriefFile(brief.briefId().toString(), brief.locale(), brief.file(),
					brief.bytes(), brief.pages(), brief.sha256()));
		}
		List<EditionManifest.DataFile> dataEntries = new ArrayList<>();
		for (String name : data) {
			dataEntries.add(fileEntry(staging, name));
		}
		List<String> kept = this.target.keepXhtml() ? keptXhtml(staging, published, briefs) : List.of();
		List<EditionManifest.DataFile> xhtml = new ArrayList<>();
		for (String name : kept) {
			xhtml.add(fileEntry(Files.exists(staging.resolve(name)) ? staging : published, name));
		}
		EditionManifest manifest = new EditionManifest(this.target.asOf(), this.target.fingerprint(), briefs,
				dataEntries, changes.isFirstEdition() ? null : changes.from().toString(), xhtml);
		logger.debug("publish: writing " + EditionManifest.FILE);
		manifest.writeTo(staging);

		for (EditionManifest.BriefFile brief : briefs) {
			place(brief.file(), brief.sha256());
		}
		for (String name : kept) {
			place(name, null);
		}
		for (String name : data) {
			place(name, null);
		}
		place(EditionManifest.FILE, null);
		List<String> listed = manifest.listed();
		PublishedFolder.removeUnlisted(published, listed);
		// what the up-to-date check compares the as-of folder's manifest with
		contribution.getStepExecution()
			.getJobExecution()
			.getExecutionContext()
			.putString(PublishedFolder.MANIFEST_SHA256, Sha256.of(published.resolve(EditionManifest.FILE)));
		PublishedFolder.delete(staging);
		logger.debug("publish: " + listed.size() + " files in " + published);
		RunRetention.Outcome retained = this.retention.apply(instance, changes.from(), published.getParent(),
				LocalDate.now());
		contribution.getStepExecution().getExecutionContext().putString(RetentionProperties.DELETED, retained.describe());
		return RepeatStatus.FINISHED;
	}

	/**
	 * Moves a file from staging into the as-of folder; when staging no longer holds it an earlier
	 * attempt of this run has moved it, which the as-of folder must show: the file, and for a brief
	 * the bytes the render step recorded.
	 */
	private void place(String name, String sha256) throws IOException {
		Path staged = this.target.staging().resolve(name);
		Path published = this.target.published().resolve(name);
		if (Files.isRegularFile(staged)) {
			logger.debug("publish: moving " + name);
			AtomicFiles.move(staged, published);
			return;
		}
		if (!Files.isRegularFile(published) || (sha256 != null && !sha256.equals(Sha256.of(published)))) {
			throw new IllegalStateException(published + " is missing or not the file this run made, and staging no"
					+ " longer holds it; run again, and the render step makes it again");
		}
	}

	private static EditionManifest.DataFile fileEntry(Path folder, String name) throws IOException {
		Path file = folder.resolve(name);
		return new EditionManifest.DataFile(name, Files.size(file), Sha256.of(file));
	}

	private void writeIndicators(long instance, Path file) {
		Map<String, IndicatorDefinition> catalog = new HashMap<>();
		this.ingested.indicators(instance).forEach((indicator) -> catalog.put(indicator.code(), indicator));
		AtomicFiles.write(file, (out) -> IndicatorsCsv.write(out, (rows) -> this.values.forEach(instance, (value) -> {
			IndicatorDefinition indicator = catalog.get(value.indicator());
			rows.accept(new IndicatorsCsv.Row(value.region(), value.indicator(), value.period(), value.value(),
					value.qualifier(), (indicator != null) ? indicator.unit() : "", value.kind(), value.formula(),
					value.sources(), value.inputs(), (value.missing() != null) ? value.missing().describe() : null,
					value.scope().en(), value.scope().zh(), value.hasValue() ? value.periodBasis() : "",
					value.benchmark(), value.preferred()));
		})));
	}

	private void writeRejects(long instance, Path file) {
		AtomicFiles.write(file, (out) -> {
			CsvWriter csv = CsvWriter.to(out, List.of("file", "line", "column", "value", "reason"));
			for (RejectedRow row : this.ingested.rejectedRows(instance)) {
				csv.row(row.file(), Long.toString(row.line()), row.column(), row.value(), row.reason());
			}
			csv.flush();
		});
	}

	/**
	 * The files a run kept for template authors (XHTML, CSS, chart images), relative to the folder,
	 * sorted: in staging, or already in the as-of folder when an earlier attempt moved them.
	 */
	private static List<String> keptXhtml(Path staging, Path published, List<EditionManifest.BriefFile> briefs)
			throws IOException {
		List<String> bases = briefs.stream().map((brief) -> brief.file().replaceFirst("\\.pdf$", "")).toList();
		Set<String> kept = new TreeSet<>(filesUnder(staging, XHTML));
		for (String name : filesUnder(published, XHTML)) {
			String file = name.substring(XHTML.length() + 1);
			// only this run's: the XHTML and charts of its briefs, and their stylesheet
			if ((file.equals("brief.css") || bases.stream()
				.anyMatch((base) -> file.equals(base + ".xhtml") || file.startsWith("charts/" + base + "-")))) {
				kept.add(name);
			}
		}
		return List.copyOf(kept);
	}

	private static List<String> filesUnder(Path root, String folder) throws IOException {
		Path start = root.resolve(folder);
		if (!Files.isDirectory(start)) {
			return List.of();
		}
		try (Stream<Path> files = Files.walk(start)) {
			return files.filter(Files::isRegularFile)
				.filter((file) -> !AtomicFiles.isLeftover(file))
				.map((file) -> root.relativize(file).toString().replace('\\', '/'))
				.toList();
		}
	}

	/** Where a run publishes: its staging folder and the as-of folder its files move into, and whether it keeps XHTML. */
	record PublishTarget(String asOf, String fingerprint, Path staging, Path published, boolean keepXhtml) {
	}

}
