package org.policybriefs.brief;

import freemarker.core.ParseException;
import freemarker.template.TemplateException;

/**
 * A template that could not be read or rendered, with where: the template's name in the templates
 * folder, its line and column (0 when FreeMarker does not know them), and FreeMarker's own
 * account of what is wrong, without its stack of template calls.
 */
public class TemplateFailure extends IllegalStateException {

	private final String template;

	private final int line;

	private final int column;

	private final String problem;

	TemplateFailure(String template, int line, int column, String problem, Throwable cause) {
		super("Template error in " + where(template, line, column) + ": " + problem, cause);
		this.template = template;
		this.line = line;
		this.column = column;
		this.problem = problem;
	}

	/** The failure FreeMarker reported, placed where its innermost parse or render error points. */
	static TemplateFailure of(Exception failure, String fallbackTemplate) {
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			if (cause instanceof ParseException parse) {
				return new TemplateFailure(orElse(parse.getTemplateName(), fallbackTemplate), parse.getLineNumber(),
						parse.getColumnNumber(), firstLine(parse.getEditorMessage()), failure);
			}
		}
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			if (cause instanceof TemplateException template) {
				return new TemplateFailure(orElse(template.getTemplateSourceName(), fallbackTemplate),
						(template.getLineNumber() != null) ? template.getLineNumber() : 0,
						(template.getColumnNumber() != null) ? template.getColumnNumber() : 0,
						template.getMessageWithoutStackTop().strip(), failure);
			}
		}
		return new TemplateFailure(fallbackTemplate, 0, 0, String.valueOf(failure.getMessage()), failure);
	}

	/** The template's name relative to the templates folder, such as {@code sections/cover.ftlh}. */
	public String template() {
		return this.template;
	}

	public int line() {
		return this.line;
	}

	public int column() {
		return this.column;
	}

	/** What is wrong, in FreeMarker's words. */
	public String problem() {
		return this.problem;
	}

	private static String where(String template, int line, int column) {
		if (line <= 0) {
			return template;
		}
		return template + ":" + line + ((column > 0) ? ":" + column : "");
	}

	private static String orElse(String value, String fallback) {
		return (value == null || value.isBlank()) ? fallback : value;
	}

	/**
	 * The first line of a parse error: a token that does not fit is followed by every token that
	 * would have, one per line, which says less than the line and column do.
	 */
	private static String firstLine(String message) {
		if (message == null) {
			return "";
		}
		java.util.List<String> lines = message.strip().lines().toList();
		return (lines.size() > 1) ? lines.get(0) + " …" : message.strip();
	}

}
