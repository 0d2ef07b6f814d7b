package org.policybriefs.brief;

import java.util.List;
import java.util.Optional;

import org.policybriefs.evidence.CheckResult;

import org.springframework.stereotype.Component;

/**
 * "What does not add up": every check of evidence.yml that failed on the brief's figures, with the
 * figures it compared, their sources and lines, and the arithmetic. Near the front, because a
 * headline figure it concerns is flagged wherever the brief states it. A regional brief lists the
 * checks that concern its region or a figure it states. Left out when every check passed.
 */
public record ChecksSection(String id, String title, String lead, List<Failure> failures) implements Section {

	/**
	 * @param meaning what the failure means, in the brief's language (from evidence.yml)
	 * @param figures each figure compared: what it is, its value and its source
	 * @param arithmetic the check's arithmetic, in numbers
	 */
	public record Failure(String meaning, List<String> figures, String arithmetic) {
	}

	@Component
	static final class Builder implements SectionBuilder {

		@Override
		public Optional<Section> build(BriefContext brief) {
			EvidenceWording wording = new EvidenceWording(brief);
			BriefWords words = brief.words();
			List<Failure> failures = brief.data()
				.evidence()
				.failed()
				.stream()
				.filter((check) -> !brief.regional() || concernsBrief(check, brief))
				.map((check) -> new Failure(brief.chinese() ? check.zh() : check.en(), check.figures()
					.stream()
					.map((c) -> words.get("checks.figure", wording.figure(c.figure().region(), c.figure().indicator(),
							c.figure().period()), wording.quantity(c.figure().indicator(), c.figure().value(),
									c.figure().qualifier()),
							wording.source(c.figure().source()), Long.toString(c.figure().line())))
					.toList(), check.arithmetic()))
				.toList();
			if (failures.isEmpty()) {
				return Optional.empty();
			}
			return Optional.of(new ChecksSection("checks", words.get("section.checks"), words.get("checks.lead"),
					failures));
		}

		/** Whether the check concerns the regional brief's region or a figure it states (which then carries the flag). */
		private static boolean concernsBrief(CheckResult check, BriefContext brief) {
			return check.figures().stream().anyMatch((c) -> c.figure().region().equals(brief.focus().code()))
					|| brief.facts().all().stream().anyMatch((fact) -> check.concerns(fact.region().code(), fact.indicator()));
		}

	}

}
