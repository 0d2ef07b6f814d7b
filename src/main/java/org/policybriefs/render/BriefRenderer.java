package org.policybriefs.render;

import java.io.OutputStream;
import java.util.Map;

import org.springframework.stereotype.Component;

/**
 * Renders one brief: model, then XHTML (FreeMarker), then PDF (Flying Saucer). Fonts are read
 * once per renderer; templates and message bundles on every brief, so edits show at once.
 */
@Component
public class BriefRenderer {

	private final BriefModelFactory models;

	private final RenderProperties properties;

	private final XhtmlRenderer xhtml;

	private volatile PdfRenderer pdf;

	BriefRenderer(BriefModelFactory models, RenderProperties properties) {
		this.models = models;
		this.properties = properties;
		this.xhtml = new XhtmlRenderer(properties.templates());
	}

	BriefModelFactory.RunData load(long instance) {
		return this.models.load(instance);
	}

	String renderXhtml(BriefModelFactory.RunData data, BriefRequest request) {
		Messages messages = Messages.load(this.properties.templates(), request.locale());
		Map<String, Object> model = this.models.build(data, request, messages);
		return this.xhtml.render(model, messages);
	}

	int render(BriefModelFactory.RunData data, BriefRequest request, OutputStream out) {
		return pdf().render(renderXhtml(data, request), request.locale().toLanguageTag(), out);
	}

	private synchronized PdfRenderer pdf() {
		if (this.pdf == null) {
			this.pdf = new PdfRenderer(this.properties.templates(), new BundledFonts(this.properties.templates(),
					this.properties.latinFonts(), this.properties.cjkFonts()));
		}
		return this.pdf;
	}

}
