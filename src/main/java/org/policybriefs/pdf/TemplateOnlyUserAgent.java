package org.policybriefs.pdf;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.xhtmlrenderer.pdf.ITextOutputDevice;
import org.xhtmlrenderer.pdf.ITextUserAgent;

/**
 * Lets the PDF renderer open files inside the templates folder and nothing else: no other
 * file, no network. A data value that smuggles in {@code <img src="file:///etc/passwd"/>}
 * would be escaped by the template anyway; this is the second line of defence.
 */
class TemplateOnlyUserAgent extends ITextUserAgent {

	private static final Log logger = LogFactory.getLog(TemplateOnlyUserAgent.class);

	private final Path templates;

	TemplateOnlyUserAgent(ITextOutputDevice outputDevice, int dotsPerPixel, Path templates) {
		super(outputDevice, dotsPerPixel);
		this.templates = templates.toAbsolutePath().normalize();
	}

	@Override
	protected InputStream openStream(String uri) throws IOException {
		if (uri.equals(LeanNamespaceHandler.DEFAULT_STYLESHEET)) {
			// the defaults for XHTML (tables, lists, headings), inside the application's jar
			return LeanNamespaceHandler.class.getResourceAsStream("user-agent.css");
		}
		Path path = allowedPath(uri);
		if (path == null) {
			logger.warn("Refused to load " + uri + ": the renderer only reads files inside " + this.templates);
			throw new IOException("Refused to load " + uri);
		}
		return Files.newInputStream(path);
	}

	@Override
	protected java.net.URLConnection openConnection(String uri) throws IOException {
		throw new IOException("Refused to open a connection to " + uri);
	}

	Path allowedPath(String uri) {
		try {
			URI parsed = URI.create(uri);
			if (!"file".equals(parsed.getScheme())) {
				return null;
			}
			Path path = Path.of(parsed).toAbsolutePath().normalize();
			if (!path.startsWith(this.templates) || !Files.isRegularFile(path)) {
				return null;
			}
			return path.toRealPath().startsWith(this.templates.toRealPath()) ? path : null;
		}
		catch (IllegalArgumentException | IOException ex) {
			return null;
		}
	}

}
