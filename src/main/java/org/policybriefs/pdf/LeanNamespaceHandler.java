package org.policybriefs.pdf;

import java.util.List;
import java.util.Optional;

import org.w3c.dom.Element;
import org.xhtmlrenderer.css.sheet.StylesheetInfo;
import org.xhtmlrenderer.simple.extend.XhtmlNamespaceHandler;

/**
 * XHTML as the briefs use it, made cheaper to style: Flying Saucer matches every element
 * against every selector, so the defaults are {@code user-agent.css} (its own defaults less
 * forms, frames and obsolete elements), and an element's language is its own {@code lang}
 * attribute, which is what the stylesheet's {@code :lang(zh)} asks for (the renderer marks each
 * Chinese run). Flying Saucer's handler would also search the head for a Content-Language
 * {@code <meta>} for every element without one; no brief has such an element.
 */
class LeanNamespaceHandler extends XhtmlNamespaceHandler {

	/** Where the defaults lie; the user agent opens this resource and no other outside the templates. */
	static final String DEFAULT_STYLESHEET = String
		.valueOf(LeanNamespaceHandler.class.getResource("user-agent.css"));

	private static final StylesheetInfo DEFAULTS = new StylesheetInfo(StylesheetInfo.Origin.USER_AGENT,
			DEFAULT_STYLESHEET, List.of("all"), null);

	@Override
	public Optional<StylesheetInfo> getDefaultStylesheet() {
		return Optional.of(DEFAULTS);
	}

	@Override
	public String getLang(Element element) {
		return (element != null) ? element.getAttribute("lang") : "";
	}

}
