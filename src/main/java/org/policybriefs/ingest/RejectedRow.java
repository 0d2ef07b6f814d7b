package org.policybriefs.ingest;

/**
 * An input row that was not loaded, with the column and value at fault and a reason a person can act on.
 */
public record RejectedRow(String file, long line, String column, String value, String reason) {
}
