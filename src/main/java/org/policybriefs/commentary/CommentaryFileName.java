package org.policybriefs.commentary;

import java.util.List;
import java.util.Set;

/**
 * What a commentary file's name says: {@code <section>[.<REGION>].<locale>.md}, as
 * {@code summary.en.md}, {@code implications.GZ.zh-CN.md}.
 *
 * @param file the file name
 * @param section where in the brief its passages go
 * @param region the region code it concerns; empty for a file that concerns every region
 * @param locale {@code en} or {@code zh-CN}
 */
public record CommentaryFileName(String file, CommentarySection section, String region, String locale) {

	static final List<String> LOCALES = List.of("en", "zh-CN");

	static final String SUFFIX = ".md";

	/**
	 * Reads a file name.
	 *
	 * @param regions the region codes of the input; null to accept any code (a command that reads no data)
	 * @param where how the file is named in a message
	 * @throws CommentaryException naming the file when a part is not one this tool knows
	 */
	static CommentaryFileName parse(String file, Set<String> regions, String where) {
		String advice = "; name a commentary file <section>[.<REGION>].<locale>.md, with a section among "
				+ CommentarySection.names() + " and a locale among " + String.join(", ", LOCALES);
		if (!file.endsWith(SUFFIX)) {
			throw new CommentaryException(where, 0, "is not a commentary file" + advice);
		}
		String[] parts = file.substring(0, file.length() - SUFFIX.length()).split("\\.", -1);
		if (parts.length < 2 || parts.length > 3) {
			throw new CommentaryException(where, 0, "has " + parts.length + " parts before .md, not 2 or 3" + advice);
		}
		CommentarySection section = CommentarySection.named(parts[0])
			.orElseThrow(() -> new CommentaryException(where, 0, "section '" + parts[0] + "' is not one the briefs have"
					+ advice));
		String locale = parts[parts.length - 1];
		if (!LOCALES.contains(locale)) {
			throw new CommentaryException(where, 0, "locale '" + locale + "' is not one the briefs are written in" + advice);
		}
		String region = (parts.length == 3) ? parts[1] : "";
		if (parts.length == 3 && regions != null && !regions.contains(region)) {
			throw new CommentaryException(where, 0, "region '" + region + "' is not in regions.csv (the regions are "
					+ String.join(", ", regions.stream().sorted().toList()) + "); rename or remove the file");
		}
		return new CommentaryFileName(file, section, region, locale);
	}

	/** Whether the file concerns one region only. */
	public boolean regional() {
		return !this.region.isEmpty();
	}

}
