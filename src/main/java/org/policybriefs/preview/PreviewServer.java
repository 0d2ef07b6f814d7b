package org.policybriefs.preview;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.policybriefs.brief.BriefRequest;
import org.policybriefs.pdf.BundledFonts;

/**
 * The preview's pages on 127.0.0.1 only, with the JDK's own HTTP server: no servlet container or
 * security chain to start, since nothing here is for anyone but whoever holds the token. Every
 * request needs the token ({@link AccessToken}) and a {@code Host} that names this address, so
 * that a web site that rebinds its name to 127.0.0.1 is turned away too.
 */
final class PreviewServer implements AutoCloseable {

	private static final String XHTML = "application/xhtml+xml; charset=UTF-8";

	private static final String HTML = "text/html; charset=UTF-8";

	private final HttpServer server;

	private final ExecutorService threads;

	private final LivePreview preview;

	private final AccessToken token;

	private final Path templates;

	PreviewServer(LivePreview preview, AccessToken token, Path templates, int port) throws IOException {
		this.preview = preview;
		this.token = token;
		this.templates = templates;
		this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
		// a page waiting for the next version holds a thread: as many as there are pages open
		this.threads = Executors.newCachedThreadPool((task) -> {
			Thread thread = new Thread(task, "preview-http");
			thread.setDaemon(true);
			return thread;
		});
		this.server.setExecutor(this.threads);
		this.server.createContext("/", this::handle);
	}

	void start() {
		this.server.start();
	}

	int port() {
		return this.server.getAddress().getPort();
	}

	/** The address to open, with the token. */
	String address() {
		return "http://127.0.0.1:" + port() + "/?" + AccessToken.PARAMETER + "=" + this.token.value();
	}

	private void handle(HttpExchange exchange) throws IOException {
		try (exchange) {
			if (!isOwnHost(exchange.getRequestHeaders().getFirst("Host"))) {
				send(exchange, 403, HTML, PreviewPages.forbidden());
				return;
			}
			if (!"GET".equals(exchange.getRequestMethod()) && !"HEAD".equals(exchange.getRequestMethod())) {
				send(exchange, 405, "text/plain; charset=UTF-8", "only GET");
				return;
			}
			String path = exchange.getRequestURI().getRawPath();
			if (this.token.inQuery(exchange.getRequestURI().getRawQuery())) {
				// in, and the token leaves the address bar (and the history) for a cookie
				exchange.getResponseHeaders().add("Set-Cookie", this.token.setCookie(port()));
				exchange.getResponseHeaders().add("Location", path);
				send(exchange, 303, HTML, "");
				return;
			}
			if (!this.token.inCookies(exchange.getRequestHeaders().getFirst("Cookie"), port())) {
				send(exchange, 403, HTML, PreviewPages.forbidden());
				return;
			}
			route(exchange, path);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	private void route(HttpExchange exchange, String path) throws IOException, InterruptedException {
		LivePreview.Version version = this.preview.current();
		if (path.equals("/")) {
			send(exchange, 200, HTML, index(version));
		}
		else if (path.equals("/version")) {
			long seen = after(exchange.getRequestURI().getRawQuery());
			long now = this.preview.awaitAfter(seen, Duration.ofSeconds(PreviewPages.WAIT_SECONDS));
			send(exchange, 200, "text/plain; charset=UTF-8", Long.toString(now));
		}
		else if (path.equals("/brief/brief.css")) {
			send(exchange, 200, "text/css; charset=UTF-8", Files.readAllBytes(this.templates.resolve("brief.css")));
		}
		else if (path.equals("/brief/preview.css") && !version.failed()) {
			send(exchange, 200, "text/css; charset=UTF-8",
					PreviewPages.stylesheet(version.briefs().fontFaces(), this::fontDate));
		}
		else if (path.startsWith("/brief/fonts/") && !version.failed()) {
			font(exchange, path.substring("/brief/fonts/".length()), version.briefs().fontFaces());
		}
		else if (path.startsWith("/brief/charts/")) {
			chart(exchange, path.substring("/brief/".length()), version);
		}
		else if (path.startsWith("/brief/") && path.endsWith(".xhtml")) {
			brief(exchange, name(path, ".xhtml"), version);
		}
		else if (path.startsWith("/brief/") && path.endsWith(".pdf")) {
			pdf(exchange, name(path, ".pdf"), version);
		}
		else {
			send(exchange, 404, "text/plain; charset=UTF-8", "no such page in the preview");
		}
	}

	private String index(LivePreview.Version version) {
		if (version.failed()) {
			return PreviewPages.problems("The briefs", version.problems(), version.number(), version.checkedAtText());
		}
		return PreviewPages.index(this.preview.request().input().toString(),
				version.listed(this.preview.request()).stream().map(BriefRequest::baseName).toList(), version.number(),
				version.checkedAtText(), version.took().toMillis());
	}

	private void brief(HttpExchange exchange, String baseName, LivePreview.Version version) throws IOException {
		if (version.failed()) {
			send(exchange, 200, HTML,
					PreviewPages.problems(baseName, version.problems(), version.number(), version.checkedAtText()));
			return;
		}
		Optional<LivePreview.Rendered> rendered = version.page(baseName, this.preview, true);
		if (rendered.isEmpty()) {
			send(exchange, 404, HTML, PreviewPages.problems(baseName,
					List.of("no brief " + baseName + " in this preview"), version.number(), version.checkedAtText()));
			return;
		}
		if (rendered.get().page() == null) {
			send(exchange, 200, HTML, PreviewPages.problems(baseName, List.of(rendered.get().problem()),
					version.number(), version.checkedAtText()));
			return;
		}
		List<String> rejects = version.briefs()
			.rejects()
			.stream()
			.map((r) -> r.file() + ":" + r.line() + ", column " + r.column() + ": " + r.reason())
			.toList();
		String bar = PreviewPages.bar(baseName, version.number(), version.checkedAtText(), version.took().toMillis(),
				rendered.get().took().toMillis(), version.rowsRejected(), rejects);
		send(exchange, 200, XHTML, PreviewPages.brief(rendered.get().page().xhtml(), bar, version.number()));
	}

	private void pdf(HttpExchange exchange, String baseName, LivePreview.Version version) throws IOException {
		Optional<LivePreview.Rendered> rendered = version.page(baseName, this.preview, false);
		if (rendered.isEmpty() || rendered.get().page() == null) {
			brief(exchange, baseName, version);
			return;
		}
		ByteArrayOutputStream pdf = new ByteArrayOutputStream(512 * 1024);
		try {
			rendered.get().page().writePdf(pdf);
		}
		catch (RuntimeException ex) {
			send(exchange, 200, HTML, PreviewPages.problems(baseName + ".pdf", List.of(this.preview.describe(ex)),
					version.number(), version.checkedAtText()));
			return;
		}
		send(exchange, 200, "application/pdf", pdf.toByteArray());
	}

	private void chart(HttpExchange exchange, String chartPath, LivePreview.Version version) throws IOException {
		for (LivePreview.Rendered rendered : version.pages().values()) {
			ByteArrayOutputStream png = new ByteArrayOutputStream();
			if (rendered.page() != null && rendered.page().writeChart(chartPath, png)) {
				send(exchange, 200, "image/png", png.toByteArray());
				return;
			}
		}
		send(exchange, 404, "text/plain; charset=UTF-8", "no such chart in this version");
	}

	/** Only a file of the bundled fonts, by its exact name: nothing else of the disk is served. */
	private void font(HttpExchange exchange, String file, List<BundledFonts.Face> faces) throws IOException {
		if (faces.stream().noneMatch((face) -> face.file().equals(file))) {
			send(exchange, 404, "text/plain; charset=UTF-8", "no such font");
			return;
		}
		String type = file.endsWith(".otf") ? "font/otf" : "font/ttf";
		// its address names the file's date (see PreviewPages.stylesheet): kept until the file changes
		exchange.getResponseHeaders().set("Cache-Control", "private, max-age=31536000, immutable");
		send(exchange, 200, type, Files.readAllBytes(this.templates.resolve("fonts").resolve(file)));
	}

	/** The date of a bundled font's file, in milliseconds; 0 when it cannot be read. */
	private long fontDate(String file) {
		try {
			return Files.getLastModifiedTime(this.templates.resolve("fonts").resolve(file)).toMillis();
		}
		catch (IOException ex) {
			return 0;
		}
	}

	private boolean isOwnHost(String host) {
		return ("127.0.0.1:" + port()).equals(host) || ("localhost:" + port()).equals(host);
	}

	private static String name(String path, String suffix) {
		return path.substring("/brief/".length(), path.length() - suffix.length());
	}

	private static long after(String query) {
		if (query != null) {
			for (String pair : query.split("&")) {
				if (pair.matches("after=[0-9]{1,18}")) {
					return Long.parseLong(pair.substring("after=".length()));
				}
			}
		}
		return 0;
	}

	private static void send(HttpExchange exchange, int status, String type, String body) throws IOException {
		send(exchange, status, type, body.getBytes(StandardCharsets.UTF_8));
	}

	private static void send(HttpExchange exchange, int status, String type, byte[] body) throws IOException {
		exchange.getResponseHeaders().set("Content-Type", type);
		// every page, stylesheet and chart is of its version of the files: never kept
		exchange.getResponseHeaders().putIfAbsent("Cache-Control", List.of("no-store"));
		exchange.getResponseHeaders().set("X-Content-Type-Options", "nosniff");
		boolean head = "HEAD".equals(exchange.getRequestMethod());
		exchange.sendResponseHeaders(status, (head || body.length == 0) ? -1 : body.length);
		if (!head && body.length > 0) {
			try (OutputStream out = exchange.getResponseBody()) {
				out.write(body);
			}
		}
	}

	@Override
	public void close() {
		this.server.stop(0);
		this.threads.shutdownNow();
	}

}
