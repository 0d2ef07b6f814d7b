package org.policybriefs.preview;

import java.util.List;
import java.util.function.ToLongFunction;

import org.policybriefs.pdf.BundledFonts;

/**
 * The preview's own words and markup around the briefs: the index, the page that shows what
 * failed instead of a brief, the bar above a brief, the script that reloads a page when the files
 * change, and the font faces that let a browser draw a brief in its PDF's fonts. Every value is
 * escaped; the markup is well-formed XML, since a brief is served as XHTML.
 */
final class PreviewPages {

	/** How long the script's question "is there a newer version?" waits for one before it asks again. */
	static final int WAIT_SECONDS = 25;

	private PreviewPages() {
	}

	/** A brief's XHTML with the preview's stylesheet, its bar at the top and the reload script at the end. */
	static String brief(String xhtml, String bar, long version) {
		String page = insertBefore(xhtml, "</head>", "<link rel=\"stylesheet\" type=\"text/css\" href=\"preview.css\"/>\n");
		int body = page.indexOf("<body");
		int bodyEnd = (body < 0) ? -1 : page.indexOf('>', body);
		if (bodyEnd >= 0) {
			page = page.substring(0, bodyEnd + 1) + "\n" + bar + page.substring(bodyEnd + 1);
		}
		return insertBefore(page, "</body>", reloadScript(version) + "\n");
	}

	/**
	 * The bar above a brief: which version of the files it shows, when they were checked and how long
	 * it took, the PDF and the index a click away, and the rows of the input that were not loaded
	 * (each with every reason it has, a line per reason).
	 */
	static String bar(String baseName, long version, String checkedAt, long checkMillis, long pageMillis,
			int rowsRejected, List<String> rejects) {
		StringBuilder html = new StringBuilder();
		html.append("<div id=\"preview-bar\" data-version=\"").append(version).append("\">");
		html.append("<span>Preview of <b>").append(escape(baseName)).append("</b> · version ").append(version);
		html.append(", files checked at ").append(escape(checkedAt)).append(" (").append(checkMillis);
		html.append(" ms, page ").append(pageMillis).append(" ms)</span> · ");
		html.append("<a href=\"").append(escape(baseName)).append(".pdf\">PDF</a> · <a href=\"/\">All briefs</a>");
		if (!rejects.isEmpty()) {
			html.append("<p>").append(rowsNotLoaded(rowsRejected)).append(":</p><ul class=\"preview-rejects\">");
			rejects.forEach((reject) -> html.append("<li>").append(escape(reject)).append("</li>"));
			html.append("</ul>");
		}
		return html.append("</div>").toString();
	}

	/**
	 * What a browser is shown instead of a brief when the files as they are now do not make one:
	 * each problem as validate words it, with its file and line, what to do, and that the brief
	 * rendered before is not shown. No stack trace: the console has the same lines.
	 */
	static String problems(String what, List<String> problems, long version, String checkedAt) {
		StringBuilder html = new StringBuilder(page("Preview: " + what + " cannot be made"));
		html.append("<h1>").append(escape(what)).append(" cannot be made from the files as they are now</h1>");
		html.append("<p>").append(problems.size() == 1 ? "The problem:" : "The problems:").append("</p>");
		html.append("<ul id=\"preview-problems\">");
		problems.forEach((problem) -> html.append("<li><code>").append(escape(problem)).append("</code></li>"));
		html.append("</ul>");
		html.append("<p>Correct the file at the line named and save it: this page reloads by itself when a file"
				+ " of the input or the templates changes. The brief made before is not shown, since it no longer"
				+ " matches the files.</p>");
		html.append("<p class=\"version\">Version ").append(version).append(", files checked at ")
			.append(escape(checkedAt)).append(" · <a href=\"/\">All briefs</a></p>");
		return html.append(reloadScript(version)).append("</body></html>").toString();
	}

	/** The list of briefs, each with its page and its PDF. */
	static String index(String input, List<String> baseNames, long version, String checkedAt, long checkMillis) {
		StringBuilder html = new StringBuilder(page("Preview of " + input));
		html.append("<h1>Preview of ").append(escape(input)).append("</h1>");
		html.append("<p class=\"version\">Version ").append(version).append(", files checked at ")
			.append(escape(checkedAt)).append(" in ").append(checkMillis).append(" ms</p><ul id=\"preview-briefs\">");
		for (String baseName : baseNames) {
			html.append("<li><a href=\"brief/").append(escape(baseName)).append(".xhtml\">").append(escape(baseName))
				.append("</a> · <a href=\"brief/").append(escape(baseName)).append(".pdf\">PDF</a></li>");
		}
		return html.append("</ul>").append(reloadScript(version)).append("</body></html>").toString();
	}

	/** The page that answers a request without the token: where to find the address that has it. */
	static String forbidden() {
		return page("Preview: open the address printed on the console")
				+ "<h1>Open the address that preview printed on its console</h1><p>The preview of the briefs is only"
				+ " for whoever started it: its address carries a token (…/?token=…), printed when it started.</p>"
				+ "</body></html>";
	}

	/**
	 * The preview's stylesheet for a brief: each bundled font face under its family, from the
	 * templates' fonts folder, and the bar's look. A font's address carries its file's date
	 * ({@code version}), so that a browser keeps it across reloads (the Chinese faces are 7 MB each)
	 * and fetches it again only when the file changes.
	 */
	static String stylesheet(List<BundledFonts.Face> faces, ToLongFunction<String> version) {
		StringBuilder css = new StringBuilder();
		for (BundledFonts.Face face : faces) {
			css.append("@font-face { font-family: \"").append(face.family()).append("\"; src: url(\"fonts/")
				.append(face.file()).append("?v=").append(version.applyAsLong(face.file())).append("\"); font-weight: ").append(face.bold() ? "bold" : "normal")
				.append("; font-style: ").append(face.italic() ? "italic" : "normal").append("; }\n");
		}
		css.append("#preview-bar { position: sticky; top: 0; z-index: 10; margin: 0 0 4mm 0; padding: 2mm 3mm;"
				+ " background: #fff8d6; border-bottom: 1px solid #c9b458; font: 9pt \"Noto Sans\", sans-serif;"
				+ " color: #333; }\n#preview-bar p, #preview-bar ul { margin: 1mm 0; }\n"
				+ "body { max-width: 210mm; margin: 0 auto; padding: 0 10mm; }\n");
		return css.toString();
	}

	/**
	 * Asks the server, again and again, whether a version after this page's exists (the server
	 * answers when there is one, or after {@link #WAIT_SECONDS}), and reloads the page when it does,
	 * where it was scrolled to. Nothing remote: the question goes to the preview itself.
	 */
	static String reloadScript(long version) {
		return "<script type=\"text/javascript\">//<![CDATA[\n"
				+ "(function () {\n"
				+ "  var seen = " + version + ", key = 'preview-scroll:' + location.pathname;\n"
				+ "  var at = sessionStorage.getItem(key);\n"
				+ "  if (at !== null) { sessionStorage.removeItem(key); window.scrollTo(0, parseInt(at, 10)); }\n"
				+ "  function ask() {\n"
				+ "    fetch('/version?after=' + seen, { cache: 'no-store' })\n"
				+ "      .then(function (r) { if (!r.ok) { throw new Error(r.status); } return r.text(); })\n"
				+ "      .then(function (text) {\n"
				+ "        if (parseInt(text, 10) > seen) {\n"
				+ "          sessionStorage.setItem(key, String(window.scrollY)); location.reload();\n"
				+ "        } else { ask(); }\n"
				+ "      })\n"
				+ "      .catch(function () { setTimeout(ask, 1000); });\n"
				+ "  }\n"
				+ "  ask();\n"
				+ "})();\n"
				+ "//]]></script>";
	}

	static String rowsNotLoaded(int rows) {
		return (rows == 1) ? "1 row of the input was not loaded" : rows + " rows of the input were not loaded";
	}

	/** Text made safe in HTML and XML alike: no named entity that XML does not know. */
	static String escape(String text) {
		StringBuilder out = new StringBuilder(text.length() + 16);
		for (char c : text.toCharArray()) {
			switch (c) {
				case '&' -> out.append("&amp;");
				case '<' -> out.append("&lt;");
				case '>' -> out.append("&gt;");
				case '"' -> out.append("&quot;");
				case '\'' -> out.append("&#39;");
				default -> out.append(c);
			}
		}
		return out.toString();
	}

	private static String page(String title) {
		return "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"UTF-8\"/><title>" + escape(title)
				+ "</title><style>body { font: 11pt sans-serif; max-width: 60em; margin: 2em auto; padding: 0 1em; }"
				+ " #preview-problems code { white-space: pre-wrap; color: #8b0000; }</style></head><body>";
	}

	private static String insertBefore(String text, String marker, String insert) {
		int at = text.lastIndexOf(marker);
		return (at < 0) ? text + insert : text.substring(0, at) + insert + text.substring(at);
	}

}
