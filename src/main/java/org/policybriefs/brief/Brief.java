package org.policybriefs.brief;

import java.util.List;

import org.policybriefs.brief.BriefViews.FigureView;

/**
 * What a brief template reads: the edition (title, date, language, publisher) and the sections in
 * order. Text in it is plain data: the templates escape it when they write it out.
 */
public record Brief(Edition edition, List<Section> sections) {

	/** Every chart of the brief, in the order the sections draw them. */
	public List<FigureView> charts() {
		return this.sections.stream().flatMap((section) -> section.charts().stream()).toList();
	}

}
