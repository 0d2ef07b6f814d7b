package org.policybriefs.commentary;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.policybriefs.indicators.IndicatorValue;

/**
 * Binds a passage's figures to the values it was written against. A value recorded by
 * {@code rebind} for the passage's text comes first; then the previous edition's, carried forward
 * while the passage's text is unchanged; a passage that is new or whose text changed is bound to
 * today's value. Keys are the file, the passage's hash and the figure as written, never the line,
 * which moves when another passage is edited.
 */
final class PassageBinder {

	private final Map<Key, BoundValue> rebound;

	private final Map<Key, BoundValue> previous;

	/**
	 * @param rebound what {@code rebind} recorded
	 * @param previous what the previous edition's passages were written against
	 */
	PassageBinder(Map<Key, BoundValue> rebound, Map<Key, BoundValue> previous) {
		this.rebound = rebound;
		this.previous = previous;
	}

	/**
	 * @param now each figure of the passage as the run has it; null when the figure has no value any more
	 */
	BoundPassage bind(String where, String file, Passage passage, Function<FigureReference, ResolvedFigure> now) {
		List<FigureBinding> figures = new ArrayList<>();
		for (FigureReference figure : passage.figures()) {
			Key key = new Key(file, passage.hash(), figure.label());
			ResolvedFigure current = now.apply(figure);
			BoundValue today = (current != null) ? current.bound() : null;
			if (this.rebound.containsKey(key)) {
				figures.add(new FigureBinding(figure, this.rebound.get(key), today, value(current),
						FigureBinding.Origin.REBOUND));
			}
			else if (this.previous.containsKey(key)) {
				figures.add(new FigureBinding(figure, this.previous.get(key), today, value(current),
						FigureBinding.Origin.EDITION));
			}
			else {
				// a new passage is bound to today's value; without one it is stale until the figure has a value
				figures.add(new FigureBinding(figure, today, today, value(current), FigureBinding.Origin.TODAY));
			}
		}
		return new BoundPassage(where, file, passage, figures);
	}

	private static IndicatorValue value(ResolvedFigure figure) {
		return (figure != null) ? figure.value() : null;
	}

	/** A figure of a passage, across editions: the file, the passage's hash, the figure as written. */
	record Key(String file, String hash, String figure) {
	}

}
