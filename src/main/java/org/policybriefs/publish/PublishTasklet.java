package org.policybriefs.publish;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.policybriefs.editions.EditionChanges;
import org.policybriefs.editions.RunChanges;
import org.policybriefs.files.AtomicFiles;
import org.policybriefs.files.Sha256;
import org.policybriefs.evidence.EvidenceData;
import org.policybriefs.indicators.IndicatorValues;
import org.policybriefs.indicators.ValueFormatter;
import org.policybriefs.ingest.IndicatorDefinition;
import org.policybriefs.ingest.IngestedData;
import org.policybriefs.ingest.RejectedRow;
import org.policybriefs.render.RenderedBriefs;
import org.policybriefs.render.RenderedBriefs.RenderedBrief;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

/**
 * Publishes a run: writes {@code indicators.csv}, {@code rejects.csv}, {@code changes.csv} (after a
 * first edition: what changed since the previous one) and {@code manifest.json}
 * into staging, then moves every file into {@code OUTPUT/<as-of>/} by atomic renames, the
 * manifest last, so that a manifest only ever lists files that are complete and in place; then
 * removes what an earlier publication left that this manifest does not list. It can be redone
 * from any point a crash stopped it at: a file no longer in staging counts as moved when the
 * as-of folder holds it with the sha256 the render step recorded.
 */
class PublishTasklet implements Tasklet {

	private static final Log logger = LogFactory.getLog(PublishTasklet.class);

	static final String MANIFEST = "manifest.json";

	static final String INDICATORS = "indicators.csv";

	static final String REJECTS = "rejects.csv";

	/** Folder of the XHTML kept with {@code --keep-xhtml}, as the render step wrote it into staging. */
	static final String XHTML = "xhtml";

	private static final JsonMapper json = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

	private final RenderedBriefs rendered;

	private final IndicatorValues values;

	private final IngestedData ingested;

	private final EvidenceData evidence;

	private final PublishTarget target;

	private final RunChanges changes;

	private final RunRetention retention;

	PublishTasklet(RenderedBriefs rendered, IndicatorValues values, IngestedData ingested, EvidenceData evidence,
			PublishTarget target, RunChanges changes, RunRetention retention) {
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
		if (!changes.isFirstEdition()) {
			// every edition after the first says what changed since the one before it
			AtomicFiles.write(staging.resolve(ChangesCsv.FILE), (out) -> ChangesCsv.write(changes.changes(), out));
			data.add(ChangesCsv.FILE);
			logger.info(String.format("%-17s %d changes since %s", "changes", changes.changes().size(), changes.from()));
		}
		List<Map<String, Object>> briefs = new ArrayList<>();
		for (RenderedBrief brief : this.rendered.findAll(instance)) {
			Map<String, Object> entry = new LinkedHashMap<>();
			entry.put("briefId", brief.briefId().toString());
			entry.put("locale", brief.locale());
			entry.put("file", brief.file());
			entry.put("bytes", brief.bytes());
			entry.put("pages", brief.pages());
			entry.put("sha256", brief.sha256());
			briefs.add(entry);
		}
		Map<String, Object> manifest = new LinkedHashMap<>();
		manifest.put("asOf", this.target.asOf());
		manifest.put("inputFingerprint", this.target.fingerprint());
		manifest.put("briefs", briefs);
		List<Map<String, Object>> dataEntries = new ArrayList<>();
		for (String name : data) {
			dataEntries.add(fileEntry(staging, name));
		}
		manifest.put("data", dataEntries);
		if (!changes.isFirstEdition()) {
			manifest.put("previousEdition", changes.from().toString());
		}
		List<String> kept = this.target.keepXhtml() ? keptXhtml(staging, published, briefs) : List.of();
		if (!kept.isEmpty()) {
			List<Map<String, Object>> xhtml = new ArrayList<>();
			for (String name : kept) {
				xhtml.add(fileEntry(Files.exists(staging.resolve(name)) ? staging : published, name));
			}
			manifest.put("xhtml", xhtml);
		}
		logger.debug("publish: writing " + MANIFEST);
		byte[] manifestBytes = json.writeValueAsBytes(manifest);
		AtomicFiles.write(staging.resolve(MANIFEST), (out) -> out.write(manifestBytes));

		for (Map<String, Object> brief : briefs) {
			place((String) brief.get("file"), (String) brief.get("sha256"));
		}
		for (String name : kept) {
			place(name, null);
		}
		for (String name : data) {
			place(name, null);
		}
		place(MANIFEST, null);
		List<String> listed = new ArrayList<>();
		briefs.forEach((brief) -> listed.add((String) brief.get("file")));
		listed.addAll(kept);
		listed.addAll(data);
		listed.add(MANIFEST);
		PublishedFolder.removeUnlisted(published, listed);
		// what the up-to-date check compares the as-of folder's manifest with
		contribution.getStepExecution()
			.getJobExecution()
			.getExecutionContext()
			.putString(PublishedFolder.MANIFEST_SHA256, Sha256.of(published.resolve(MANIFEST)));
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

	private static Map<String, Object> fileEntry(Path folder, String name) throws IOException {
		Path file = folder.resolve(name);
		Map<String, Object> entry = new LinkedHashMap<>();
		entry.put("file", name);
		entry.put("bytes", Files.size(file));
		entry.put("sha256", Sha256.of(file));
		return entry;
	}

	private void writeIndicators(long instance, Path file) {
		Map<String, IndicatorDefinition> catalog = new LinkedHashMap<>();
		this.ingested.indicators(instance).forEach((indicator) -> catalog.put(indicator.code(), indicator));
		AtomicFiles.write(file, (out) -> {
			Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
			CSVPrinter csv = new CSVPrinter(writer, CSVFormat.RFC4180.builder()
				.setHeader("region", "indicator", "period", "value", "qualifier", "unit", "kind", "formula", "sources",
						"inputs", "missing_reason", "scope_en", "scope_zh", "period_basis", "benchmark", "preferred")
				.setRecordSeparator('\n')
				.get());
			this.values.forEach(instance, (value) -> {
				IndicatorDefinition indicator = catalog.get(value.indicator());
				print(csv, value.region(), value.indicator(), value.period(),
						(value.value() != null) ? ValueFormatter.plain(value.value()) : "",
						// the qualifier comes from a closed set of six symbols, validated on ingest: written as is
						(value.qualifier() != null) ? value.qualifier() : "",
						CsvCells.text((indicator != null) ? indicator.unit() : ""),
						value.kind(), CsvCells.text(value.formula()), CsvCells.text(String.join(";", value.sources())),
						CsvCells.text(value.inputs()),
						CsvCells.text((value.missing() != null) ? value.missing().describe() : null),
						CsvCells.text(value.scope().en()), CsvCells.text(value.scope().zh()),
						value.hasValue() ? value.periodBasis() : "", value.benchmark() ? "true" : "",
						Boolean.toString(value.preferred()));
			});
			csv.flush();
		});
	}

	private void writeRejects(long instance, Path file) {
		AtomicFiles.write(file, (out) -> {
			Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
			CSVPrinter csv = new CSVPrinter(writer, CSVFormat.RFC4180.builder()
				.setHeader("file", "line", "column", "value", "reason")
				.setRecordSeparator('\n')
				.get());
			for (RejectedRow row : this.ingested.rejectedRows(instance)) {
				print(csv, row.file(), Long.toString(row.line()), CsvCells.text(row.column()), CsvCells.text(row.value()),
						CsvCells.text(row.reason()));
			}
			csv.flush();
		});
	}

	private static void print(CSVPrinter csv, Object... values) {
		try {
			csv.printRecord(values);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * The files a run kept for template authors (XHTML, CSS, chart images), relative to the folder,
	 * sorted: in staging, or already in the as-of folder when an earlier attempt moved them.
	 */
	private static List<String> keptXhtml(Path staging, Path published, List<Map<String, Object>> briefs)
			throws IOException {
		List<String> bases = briefs.stream().map((brief) -> ((String) brief.get("file")).replaceFirst("\\.pdf$", ""))
			.toList();
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
