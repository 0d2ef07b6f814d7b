package org.policybriefs.ingest;

import java.util.List;

/**
 * The outcome of checking one input row: the mapped value, or the reasons it was rejected.
 */
record Checked<T>(T value, List<RejectedRow> rejections) {

	static <T> Checked<T> loaded(T value) {
		return new Checked<>(value, List.of());
	}

	static <T> Checked<T> rejected(List<RejectedRow> rejections) {
		return new Checked<>(null, List.copyOf(rejections));
	}

	boolean isLoaded() {
		return this.value != null;
	}

}
