package org.policybriefs.brief;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import freemarker.core.TemplateClassResolver;
import freemarker.template.Configuration;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import freemarker.template.TemplateMethodModelEx;
import freemarker.template.TemplateModelException;
import freemarker.template.utility.DeepUnwrap;

/**
 * First rendering step: a brief model to an XHTML string with FreeMarker. Templates are
 * {@code .ftlh} files read from the templates folder on every run, so an analyst's edit
 * shows in the next run; the HTML output format escapes every data value.
 */
public class XhtmlRenderer {

	static final String BRIEF_TEMPLATE = "brief.ftlh";

	private final Configuration configuration;

	public XhtmlRenderer(Path templates) {
		this.configuration = new Configuration(Configuration.VERSION_2_3_34);
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
		// each brief looks at the templates' dates (a stat per file), so an edit shows in the next
		// brief rendered, not up to five seconds later: preview re-renders as soon as a file is saved
		this.configuration.setTemplateUpdateDelayMilliseconds(0);
		this.configuration.setWrapUncheckedExceptions(true);
		this.configuration.setNumberFormat("computer");
		// Templates are data an analyst edits: they may not reach Java classes.
		this.configuration.setNewBuiltinClassResolver(TemplateClassResolver.ALLOWS_NOTHING_RESOLVER);
		this.configuration.setAPIBuiltinEnabled(false);
	}

	/** Reads and parses the brief template now (FreeMarker keeps it, and reads it again when it changes). */
	public void load() {
		try {
			this.configuration.getTemplate(BRIEF_TEMPLATE);
		}
		catch (IOException ex) {
			throw TemplateFailure.of(ex, BRIEF_TEMPLATE);
		}
	}

	/** The brief as XHTML: the template reads {@code brief} and the words through {@code msg("key", args…)} and {@code hasMsg("key")}. */
	public String render(Brief brief, BriefWords words) {
		Map<String, Object> root = new HashMap<>();
		root.put("brief", brief);
		root.put("msg", new MessageMethod(words));
		root.put("hasMsg", (TemplateMethodModelEx) (arguments) -> arguments.size() == 1
				&& words.has(String.valueOf(DeepUnwrap.unwrap((freemarker.template.TemplateModel) arguments.get(0)))));
		StringWriter out = new StringWriter(64 * 1024);
		try {
			this.configuration.getTemplate(BRIEF_TEMPLATE).process(root, out);
		}
		catch (IOException | TemplateException ex) {
			throw TemplateFailure.of(ex, BRIEF_TEMPLATE);
		}
		return out.toString();
	}

	/** {@code msg("key", args...)}: a message of the brief's locale, with its arguments filled in. */
	private record MessageMethod(BriefWords words) implements TemplateMethodModelEx {

		@Override
		public Object exec(@SuppressWarnings("rawtypes") List arguments) throws TemplateModelException {
			if (arguments.isEmpty()) {
				throw new TemplateModelException("msg needs a message key");
			}
			Object[] values = new Object[arguments.size() - 1];
			for (int i = 1; i < arguments.size(); i++) {
				values[i - 1] = DeepUnwrap.unwrap((freemarker.template.TemplateModel) arguments.get(i));
			}
			String key = String.valueOf(DeepUnwrap.unwrap((freemarker.template.TemplateModel) arguments.get(0)));
			return this.words.get(key, values);
		}

	}

}
