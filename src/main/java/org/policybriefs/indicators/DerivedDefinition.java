package org.policybriefs.indicators;

/**
 * A derived indicator declared in the catalog file, with the line it came from.
 */
public record DerivedDefinition(String code, String formula, int line) {
}
