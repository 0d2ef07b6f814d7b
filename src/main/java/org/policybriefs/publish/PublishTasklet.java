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
import java.util.stream.Stream;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.policybriefs.editions.EditionChanges;
import org.policybriefs.editions.RunChanges;
import org.policybriefs.files.AtomicFiles;
import org.policybriefs.files.Sha256;
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
 * manifest last, so that a manifest only ever lists files that are complete and in place.
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

	private final PublishTarget target;

	private final RunChanges changes;

	private final RunRetention retention;

	/** Key of the publish step's execution context that says what retention deleted after it. */
	public static final String RETENTION = "retention";

	PublishTasklet(RenderedBriefs rendered, IndicatorValues values, IngestedData ingested, PublishTarget target,
			RunChanges changes, RunRetention retention) {
		this.rendered = rendered;
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
		writeIndicators(instance, staging.resolve(INDICATORS));
		writeRejects(instance, staging.resolve(REJECTS));
		EditionChanges changes = this.changes.since(this.target.published().getParent(),
				LocalDate.parse(this.target.asOf()), instance);
		List<String> data = new ArrayList<>(List.of(INDICATORS, REJECTS));
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
		List<String> kept = keptXhtml(staging);
		if (!kept.isEmpty()) {
			List<Map<String, Object>> xhtml = new ArrayList<>();
			for (String name : kept) {
				xhtml.add(fileEntry(staging, name));
			}
			manifest.put("xhtml", xhtml);
		}
		AtomicFiles.write(staging.resolve(MANIFEST), (out) -> json.writeValue(out, manifest));

		Path published = this.target.published();
		List<String> order = new ArrayList<>();
		briefs.forEach((brief) -> order.add((String) brief.get("file")));
		order.addAll(kept);
		order.addAll(data);
		order.add(MANIFEST);
		for (String name : order) {
			AtomicFiles.move(staging.resolve(name), published.resolve(name));
		}
		deleteStaging(staging);
		RunRetention.Outcome retained = this.retention.apply(instance, changes.from(), this.target.published().getParent(),
				LocalDate.now());
		contribution.getStepExecution().getExecutionContext().putString(RETENTION, retained.describe());
		for (String name : order) {
			logger.debug("wrote " + published.resolve(name));
		}
		return RepeatStatus.FINISHED;
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
						"inputs", "missing_reason", "scope_en", "scope_zh", "period_basis", "benchmark")
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
						value.hasValue() ? value.periodBasis() : "", value.benchmark() ? "true" : "");
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

	/** The files a run kept for template authors (XHTML, CSS, chart images), relative to staging, sorted. */
	private static List<String> keptXhtml(Path staging) throws IOException {
		Path folder = staging.resolve(XHTML);
		if (!Files.isDirectory(folder)) {
			return List.of();
		}
		try (Stream<Path> files = Files.walk(folder)) {
			return files.filter(Files::isRegularFile)
				.map((file) -> staging.relativize(file).toString().replace('\\', '/'))
				.sorted()
				.toList();
		}
	}

	private static void deleteStaging(Path staging) throws IOException {
		try (Stream<Path> leftovers = Files.walk(staging)) {
			for (Path leftover : leftovers.sorted(java.util.Comparator.reverseOrder()).toList()) {
				Files.deleteIfExists(leftover);
			}
		}
	}

	/** Where a run publishes: its staging folder and the as-of folder its files move into. */
	record PublishTarget(String asOf, String fingerprint, Path staging, Path published) {
	}

}
