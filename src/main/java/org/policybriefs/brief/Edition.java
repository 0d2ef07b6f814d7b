package org.policybriefs.brief;

/**
 * What identifies a brief and is printed on every page: its id and file base name, language,
 * title, date and the series it belongs to.
 *
 * @param briefId {@code comparative} or {@code region-<CODE>}
 * @param baseName {@code <brief-id>.<locale>}, the name of every file made for the brief
 * @param locale the language tag ({@code en}, {@code zh-CN})
 * @param language {@code zh} for a Chinese brief, else {@code en}: the body's class in the stylesheet
 * @param regional whether the brief is set on one region
 * @param focus the code of that region, or the empty string
 * @param title the brief's title
 * @param subtitle the line under the title, also the PDF subject
 * @param keywords the PDF keywords
 * @param author the PDF author
 * @param series the series name on the cover
 * @param asOf the as-of date, ISO
 * @param asOfText the as-of date in the brief's language
 * @param period the period of the data
 * @param regionNames the compared regions as the running header names them
 */
public record Edition(String briefId, String baseName, String locale, String language, boolean regional,
		String focus, String title, String subtitle, String keywords, String author, String series, String asOf,
		String asOfText, String period, String regionNames) {
}
