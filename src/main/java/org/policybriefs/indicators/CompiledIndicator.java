package org.policybriefs.indicators;

/**
 * A derived indicator whose formula has been parsed and checked against the catalog.
 */
public record CompiledIndicator(String code, Formula formula, int line) {
}
