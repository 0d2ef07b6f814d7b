package org.policybriefs.preview;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

/**
 * What {@code preview} shows: the briefs of a selection ({@code all}, {@code comparative},
 * {@code region:CODE}, …) in some locales, made from an input folder as of a date, on a port of
 * 127.0.0.1 (0: any free port).
 */
public record PreviewRequest(Path input, List<String> briefs, List<String> locales, LocalDate asOf, int port) {

	public PreviewRequest {
		briefs = List.copyOf(briefs);
		locales = List.copyOf(locales);
		if (port < 0 || port > 65535) {
			throw new IllegalArgumentException("--port must be a port number, 0 to 65535 (0: any free port)");
		}
	}

}
