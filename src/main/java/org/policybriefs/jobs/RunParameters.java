package org.policybriefs.jobs;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;

import org.policybriefs.ingest.InputFileSpec;

import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;

/**
 * The job parameters of a request. The identifying ones are the as-of date, the input
 * fingerprint, the brief selection and the output folder, the reject policy and whether to
 * deliver, so the same request on unchanged data is recognised as up to date. Every path is
 * absolute: workers on other machines read the same shared folder.
 */
final class RunParameters {

	/** Files whose bytes decide whether a run is up to date. */
	static final List<String> INPUT_FILES = Stream.of(InputFileSpec.values()).map(InputFileSpec::fileName).toList();

	private RunParameters() {
	}

	static JobParameters of(BriefRunRequest request) {
		String fingerprint = InputFingerprint.of(request.input(), INPUT_FILES);
		String briefs = String.join(",", request.briefs());
		String locales = String.join(",", request.locales());
		String stagingName = request.asOf() + "-" + fingerprint.substring(0, 16) + "-"
				+ Integer.toHexString((briefs + "|" + locales + "|" + request.keepXhtml()).hashCode());
		Path output = request.output().toAbsolutePath().normalize();
		return new JobParametersBuilder().addString("asOf", request.asOf().toString())
			.addString("fingerprint", fingerprint)
			.addString("briefs", briefs)
			.addString("locales", locales)
			.addString("keepXhtml", Boolean.toString(request.keepXhtml()))
			.addString("strict", Boolean.toString(request.strict()))
			.addLong("maxRejects", request.maxRejects())
			.addString("distribute", Boolean.toString(request.distribute()))
			.addString("input", request.input().toString(), false)
			// a different output folder is a different publication, so it is part of the identity too
			.addString("output", output.toString())
			.addString("staging", output.resolve(".staging").resolve(stagingName).toString(), false)
			.addString("trigger", request.trigger().name(), false)
			.toJobParameters();
	}

	/** A check of the input: never the same job instance twice, so every check runs. */
	static JobParameters validation(Path input, boolean strict, long maxRejects) {
		return new JobParametersBuilder().addString("fingerprint", InputFingerprint.of(input, INPUT_FILES))
			.addString("checkedAt", Instant.now().toString())
			.addString("input", input.toString(), false)
			.addString("strict", Boolean.toString(strict), false)
			.addLong("maxRejects", maxRejects, false)
			.toJobParameters();
	}

}
