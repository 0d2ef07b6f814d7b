package org.policybriefs.commentary;

import java.util.List;

/**
 * A passage with what each of its figures was written against and is now.
 *
 * @param where the file as messages name it, {@code input/commentary/implications.GZ.en.md}
 * @param file the file's name
 */
public record BoundPassage(String where, String file, Passage passage, List<FigureBinding> figures) {

	public BoundPassage {
		figures = List.copyOf(figures);
	}

	public boolean stale() {
		return this.figures.stream().anyMatch(FigureBinding::stale);
	}

	/** The binding of a span's figure. */
	public FigureBinding binding(FigureReference figure) {
		return this.figures.stream().filter((binding) -> binding.figure() == figure).findFirst().orElseThrow();
	}

	/** A line per stale figure: "input/commentary/x.en.md:3  GZ compute_capacity 2024: written against … → now …". */
	public List<String> staleLines() {
		return this.figures.stream()
			.filter(FigureBinding::stale)
			.map((binding) -> this.where + ":" + this.passage.line() + "  " + binding.describe())
			.toList();
	}

}
