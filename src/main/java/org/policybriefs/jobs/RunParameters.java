package org.policybriefs.jobs;


import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;

import org.policybriefs.commentary.Commentary;
import org.policybriefs.evidence.EvidenceCatalog;
import org.policybriefs.ingest.InputFileSpec;
import org.policybriefs.ingest.Series;
import org.policybriefs.run.BriefRun;

import org.springframework.batch.core.job.parameters.JobParameters;

/**
 * The run of a request (its job parameters are {@link BriefRun#toJobParameters()}). Every path is
 * absolute: workers on other machines read the same shared folder.
 */
final class RunParameters {

	/** Files whose bytes decide whether a run is up to date, whether the input has them or not. */
	static final List<String> INPUT_FILES = Stream.concat(Stream.of(InputFileSpec.values()).map(InputFileSpec::fileName),
			Stream.of(EvidenceCatalog.FILE, Series.FILE)).toList();

	private RunParameters() {
	}

	/** The input files, series.yml and the commentary files of an input: a commentary edit or a rebind makes a new run. */
	static List<String> inputFiles(Path input) {
		return Stream.concat(INPUT_FILES.stream(), Commentary.files(input).stream()).toList();
	}

	static BriefRun of(BriefRunRequest request) {
		String fingerprint = InputFingerprint.of(request.input(), inputFiles(request.input()));
		String stagingName = request.asOf() + "-" + fingerprint.substring(0, 16) + "-" + Integer.toHexString(
				(String.join(",", request.briefs()) + "|" + String.join(",", request.locales()) + "|"
						+ request.keepXhtml())
					.hashCode());
		Path output = request.output().toAbsolutePath().normalize();
		return new BriefRun(request.asOf(), fingerprint, request.briefs(), request.locales(), request.keepXhtml(),
				request.distribute(), new BriefRun.RunInput(request.input(), request.strict(), request.maxRejects()),
				output, output.resolve(".staging").resolve(stagingName), request.trigger().name(), null);
	}

	/** A check of the input: never the same job instance twice, so every check runs. */
	static JobParameters validation(Path input, boolean strict, long maxRejects, Path output) {
		return BriefRun.check(new BriefRun.RunInput(input, strict, maxRejects), InputFingerprint.of(input, inputFiles(input)),
				Instant.now().toString(), (output != null) ? output.toAbsolutePath().normalize() : null);
	}

}
