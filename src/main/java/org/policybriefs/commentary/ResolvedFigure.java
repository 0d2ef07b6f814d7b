package org.policybriefs.commentary;

import org.policybriefs.indicators.IndicatorValue;

/** A figure of commentary found in the run's values: the value the brief prints and the form it is bound in. */
record ResolvedFigure(IndicatorValue value, BoundValue bound) {
}
