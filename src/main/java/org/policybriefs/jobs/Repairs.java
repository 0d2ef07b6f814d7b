package org.policybriefs.jobs;

import org.policybriefs.run.BriefRun;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.repository.JobRepository;

/**
 * Runs that repair a publication. A completed run cannot be started again, so when its as-of
 * folder no longer holds what it published (a brief deleted or changed by hand, a later run on
 * other input), a new run repairs it: the same run {@linkplain BriefRun#repairing repairing}, the job instance
 * whose publication it repairs. A repair can itself be repaired later, so the runs of one request
 * form a chain: the request's own run, the run that repaired it, and so on.
 */
final class Repairs {

	private Repairs() {
	}

	/** The newest run of a request, following the chain of repairs, with its parameters; no execution when never run. */
	static Newest newest(JobRepository repository, BriefRun requested) {
		JobParameters parameters = requested.toJobParameters();
		JobExecution last = repository.getLastJobExecution(JobNames.BRIEFS, parameters);
		while (last != null && last.getStatus() == BatchStatus.COMPLETED) {
			JobParameters repair = of(requested, last.getJobInstance().getInstanceId());
			JobExecution next = repository.getLastJobExecution(JobNames.BRIEFS, repair);
			if (next == null) {
				break;
			}
			parameters = repair;
			last = next;
		}
		return new Newest(parameters, last);
	}

	/** The parameters of a run that repairs the publication of a job instance. */
	static JobParameters of(BriefRun requested, long instance) {
		return requested.repairing(instance).toJobParameters();
	}

	/** The newest run of a request and the parameters that identify it. */
	record Newest(JobParameters parameters, JobExecution execution) {
	}

}
