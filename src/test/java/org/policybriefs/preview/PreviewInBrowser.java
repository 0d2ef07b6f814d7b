package org.policybriefs.preview;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.policybriefs.BriefProcess;
import org.policybriefs.BriefWorkspace;

/**
 * {@code preview} in a JVM of its own on a workspace's input and a copy of the templates, and
 * headless Chromium looking at it: a test edits a file (any file of the input or the templates,
 * with {@link #afterEdit}) and waits for the open page to show the change by itself.
 */
final class PreviewInBrowser implements AutoCloseable {

	static final Path CHROMIUM = Path.of("/usr/bin/chromium");

	static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

	private static final Path SCREENSHOTS = Path.of("target/screenshots");

	private static final Pattern ADDRESS = Pattern.compile("(http://127\\.0\\.0\\.1:[0-9]+/)\\?token=([A-Za-z0-9_-]+)");

	private final BriefProcess preview;

	private final WebDriver browser;

	private final String base;

	private final String token;

	private final Path templates;

	/** Starts preview (any free port) and a browser with a profile of its own in {@code profile}. */
	PreviewInBrowser(BriefWorkspace workspace, Path profile, String... options) {
		this.templates = workspace.copyOfTemplates();
		List<String> arguments = new java.util.ArrayList<>(List.of("preview", "--input=" + workspace.input(),
				"--briefs.render.templates=" + this.templates, "--port=0", "--as-of=2026-12-06"));
		arguments.addAll(List.of(options));
		this.preview = BriefProcess.start(workspace.input().getParent(), arguments.toArray(String[]::new));
		if (!this.preview.awaitLine((line) -> ADDRESS.matcher(line).find())) {
			throw new IllegalStateException("preview printed no address:\n" + this.preview.output());
		}
		Matcher address = this.preview.stdout()
			.stream()
			.map(ADDRESS::matcher)
			.filter(Matcher::find)
			.findFirst()
			.orElseThrow();
		this.base = address.group(1);
		this.token = address.group(2);
		ChromeOptions chrome = new ChromeOptions();
		chrome.setBinary(CHROMIUM.toFile());
		chrome.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
				"--disable-component-update", "--disable-sync", "--no-first-run", "--window-size=1280,1400",
				"--user-data-dir=" + profile);
		this.browser = new ChromeDriver(
				new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build(),
				chrome);
	}

	WebDriver browser() {
		return this.browser;
	}

	/** The preview's address without the token. */
	String base() {
		return this.base;
	}

	/** The templates folder this preview renders from, a copy the test may edit. */
	Path templates() {
		return this.templates;
	}

	/** Opens the address preview printed, with its token, as its user would. */
	void openPrintedAddress() {
		this.browser.get(this.base + "?token=" + this.token);
	}

	/** The version of the files the open page shows (its bar's, or its problem page's). */
	long shownVersion() {
		Object version = ((org.openqa.selenium.JavascriptExecutor) this.browser).executeScript(
				"var bar = document.getElementById('preview-bar'); if (bar) { return bar.getAttribute('data-version'); }"
						+ " var m = /var seen = (\\d+)/.exec(document.documentElement.innerHTML); return m ? m[1] : null;");
		return (version == null) ? -1 : Long.parseLong(version.toString());
	}

	/**
	 * Makes an edit (to any file: the input's, the templates', a commentary file) and waits, without
	 * reloading the page, until the open page shows the text; returns the page's text then.
	 */
	String afterEdit(Runnable edit, String expected) {
		return afterEdit(edit, (text) -> text.contains(expected), "\"" + expected + "\"");
	}

	/**
	 * Makes an edit and waits, without reloading the page, until the open page's text is as
	 * described: an editor's save may be seen as two versions, so the first later one may not be it.
	 */
	String afterEdit(Runnable edit, Predicate<String> shows, String description) {
		long before = shownVersion();
		edit.run();
		return awaitText(shows, description, before);
	}

	/** Waits until the page shows a later version than {@code after} whose text is as described. */
	String awaitText(Predicate<String> shows, String description, long after) {
		String[] text = new String[1];
		try {
			new WebDriverWait(this.browser, Duration.ofSeconds(60)).until((b) -> {
				try {
					text[0] = b.findElement(By.tagName("body")).getText();
					return shownVersion() > after && shows.test(text[0]);
				}
				catch (WebDriverException ex) {
					// the page is reloading
					return false;
				}
			});
		}
		catch (org.openqa.selenium.TimeoutException ex) {
			throw new AssertionError("the page did not show " + description + " after version " + after
					+ "; it shows:\n" + text[0] + "\npreview printed:\n" + this.preview.output(), ex);
		}
		return text[0];
	}

	/** A screenshot of the page as it is, into target/screenshots/NAME.png. */
	Path screenshot(String name) {
		try {
			Files.createDirectories(SCREENSHOTS);
			Path file = SCREENSHOTS.resolve(name + ".png");
			Files.write(file, ((TakesScreenshot) this.browser).getScreenshotAs(OutputType.BYTES));
			return file;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	String processOutput() {
		return this.preview.output();
	}

	@Override
	public void close() {
		try {
			this.browser.quit();
		}
		finally {
			this.preview.kill();
		}
	}

}
