package org.policybriefs.distribute;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.Map;

import freemarker.core.TemplateClassResolver;
import freemarker.template.Configuration;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;

/**
 * The text/html part of a message, from {@code templates/mail.ftlh}: the HTML output format
 * escapes every value; the template has inline styles only, no image and nothing remote, so the
 * message reads the same with images blocked. Read from the templates folder, so an edit shows in
 * the next run.
 */
final class MailHtml {

	static final String TEMPLATE = "mail.ftlh";

	private final Configuration configuration = new Configuration(Configuration.VERSION_2_3_34);

	MailHtml(Path templates) {
		try {
			this.configuration.setDirectoryForTemplateLoading(templates.toFile());
		}
		catch (IOException ex) {
			throw new IllegalStateException("Templates folder not found: " + templates.toAbsolutePath()
					+ "; run from the project folder or set briefs.render.templates", ex);
		}
		this.configuration.setDefaultEncoding("UTF-8");
		this.configuration.setRecognizeStandardFileExtensions(true);
		this.configuration.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
		this.configuration.setLogTemplateExceptions(false);
		this.configuration.setNumberFormat("computer");
		// templates are data an analyst edits: they may not reach Java classes
		this.configuration.setNewBuiltinClassResolver(TemplateClassResolver.ALLOWS_NOTHING_RESOLVER);
		this.configuration.setAPIBuiltinEnabled(false);
	}

	String of(MailView view) {
		StringWriter out = new StringWriter(16 * 1024);
		try {
			this.configuration.getTemplate(TEMPLATE).process(Map.of("mail", view), out);
		}
		catch (IOException | TemplateException ex) {
			throw new IllegalStateException("Template error in " + TEMPLATE + ": " + ex.getMessage(), ex);
		}
		return out.toString();
	}

}
