package org.policybriefs.brief;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/**
 * The sections of every brief, in their order: the one list to edit to add, drop or move a section.
 * A section's builder that is not listed here stops the application at start, naming it.
 */
final class BriefSections {

	static final List<Class<? extends SectionBuilder>> ORDER = List.of(CoverSection.Builder.class,
			TakeawaysSection.Builder.class, ChangesSection.Builder.class, AboutSourceSection.Builder.class,
			SummarySection.Builder.class, ContentsSection.Builder.class, ChecksSection.Builder.class, DisagreementsSection.Builder.class,
			ContextSection.Builder.class, ImplicationsSection.Builder.class, StrategiesSection.Builder.class,
			ProfilesSection.Builder.class, MatrixSection.Builder.class, SignaturesSection.Builder.class,
			FiguresSection.Builder.class, AnnexSection.Builder.class, MethodologySection.Builder.class,
			QualitySection.Builder.class, SourcesSection.Builder.class);

	private BriefSections() {
	}

	/** The builders in the order of {@link #ORDER}. */
	static List<SectionBuilder> inOrder(Collection<SectionBuilder> builders) {
		for (SectionBuilder builder : builders) {
			if (!ORDER.contains(builder.getClass())) {
				throw new IllegalStateException("The section builder " + builder.getClass().getName()
						+ " has no place in the brief: add it to BriefSections.ORDER");
			}
		}
		return builders.stream().sorted(Comparator.comparingInt((builder) -> ORDER.indexOf(builder.getClass()))).toList();
	}

}
