package org.policybriefs.brief;

import java.util.Optional;

/**
 * Makes one section of a brief from the brief's context. Builders are Spring components, listed
 * in {@link BriefSections} in the order of the sections in every brief.
 */
public interface SectionBuilder {

	/** The section, or empty when the brief has nothing to show in it. */
	Optional<Section> build(BriefContext brief);

}
