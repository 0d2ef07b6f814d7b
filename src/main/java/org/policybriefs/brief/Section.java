package org.policybriefs.brief;

import java.util.List;

import org.policybriefs.brief.BriefViews.FigureView;

/**
 * One section of a brief, as its template fragment {@code templates/sections/<id>.ftlh} reads
 * it. The contents, the PDF outline and the headings all come from the sections' titles and
 * anchors, so a new section is one record (with its {@link SectionBuilder}), one fragment and its
 * message keys.
 */
public interface Section {

	/** The anchor of the section's heading and the name of its fragment. */
	String id();

	/** The heading in the brief's language; empty for a section that is not listed in the contents. */
	String title();

	/** Entries under the section in the contents and the outline: categories, figures, regions. */
	default List<Anchor> anchors() {
		return List.of();
	}

	/** The charts the section draws, by id. */
	default List<FigureView> charts() {
		return List.of();
	}

	/** A place in the brief a reader can jump to. */
	record Anchor(String id, String title) {
	}

}
