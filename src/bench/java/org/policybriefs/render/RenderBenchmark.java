package org.policybriefs.render;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.policybriefs.PolicyBriefsApplication;
import org.policybriefs.brief.BriefId;
import org.policybriefs.brief.BriefRequest;
import org.policybriefs.jobs.BriefRunRequest;
import org.policybriefs.jobs.BriefRuns;
import org.policybriefs.jobs.RunOutcome;

import org.springframework.batch.core.repository.JobRepository;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The render path of one brief, warm: model to XHTML to PDF bytes, on the shipped data (or
 * {@code -Dbench.input=DIR}). The run's data is loaded once, as the render step does; the
 * PDF goes to a stream that only counts bytes. Run from the project folder (templates/).
 *
 * <pre>bench/jmh.sh RenderBenchmark</pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 3)
@Fork(value = 1, jvmArgs = { "-Xmx512m", "-Djava.awt.headless=true" })
public class RenderBenchmark {

	@Param({ "comparative", "region-GZ" })
	public String brief;

	@Param({ "en", "zh-CN" })
	public String locale;

	ConfigurableApplicationContext context;

	private BriefRenderer renderer;

	BriefRenderer.RunSession session;

	BriefRequest request;

	private BriefRenderer.Prepared prepared;

	private Path folder;

	@Setup(Level.Trial)
	public void start() throws IOException {
		this.folder = Files.createTempDirectory("render-bench");
		Path input = Path.of(System.getProperty("bench.input", "input"));
		this.context = new SpringApplicationBuilder(PolicyBriefsApplication.class).run(
				"--spring.datasource.url=jdbc:h2:file:" + this.folder.resolve("db").toAbsolutePath(),
				"--logging.level.org.policybriefs=warn");
		RunOutcome outcome = this.context.getBean(BriefRuns.class)
			.validate(input, false, BriefRunRequest.NO_REJECT_LIMIT);
		if (outcome.status() != RunOutcome.Status.COMPLETED) {
			throw new IllegalStateException("validate failed: " + outcome.problems());
		}
		long instance = this.context.getBean(JobRepository.class)
			.getJobExecution(outcome.executionId())
			.getJobInstance()
			.getInstanceId();
		this.renderer = this.context.getBean(BriefRenderer.class);
		this.session = this.renderer.session(instance);
		this.request = new BriefRequest(BriefId.parse(this.brief), Locale.forLanguageTag(this.locale),
				LocalDate.of(2025, 1, 1));
		this.prepared = this.session.prepare(this.request);
	}

	@TearDown(Level.Trial)
	public void stop() {
		this.context.close();
	}

	/** The whole path of one brief: model, XHTML, charts, PDF. */
	@Benchmark
	public long brief() {
		CountingStream out = new CountingStream();
		this.session.render(this.session.prepare(this.request), out);
		return out.count;
	}

	/** Model and XHTML (FreeMarker) and chart objects only. */
	@Benchmark
	public Object xhtml() {
		return this.session.prepare(this.request);
	}

	/** XHTML to PDF only (Flying Saucer, OpenPDF, charts drawn as vectors). */
	@Benchmark
	public long pdf() {
		CountingStream out = new CountingStream();
		this.session.render(this.prepared, out);
		return out.count;
	}

	static final class CountingStream extends OutputStream {

		long count;

		@Override
		public void write(int b) {
			this.count++;
		}

		@Override
		public void write(byte[] b, int off, int len) {
			this.count += len;
		}

	}

}
