package org.policybriefs.ingest;

/**
 * A publication that observations cite.
 */
public record Source(String id, String title, String publisher, String published, String url, long line) {
}
