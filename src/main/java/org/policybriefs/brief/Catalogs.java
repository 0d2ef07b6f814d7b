package org.policybriefs.brief;

import java.nio.file.Path;

/**
 * The catalogs an analyst edits under {@code templates/}: which findings a brief states and which
 * figures it draws. Read once per run, so an edit shows in the next run.
 */
public record Catalogs(FindingsCatalog findings, FigureCatalog figures) {

	public static Catalogs read(Path templates) {
		return new Catalogs(FindingsCatalog.read(templates), FigureCatalog.read(templates));
	}

}
