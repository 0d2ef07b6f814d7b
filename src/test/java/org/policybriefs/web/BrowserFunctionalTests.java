package org.policybriefs.web;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.policybriefs.BriefWorkspace;
import org.policybriefs.jobs.BriefRunRequest;
import org.policybriefs.jobs.BriefRuns;
import org.policybriefs.jobs.RunOutcome;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The pages in a real browser (headless Chromium) against the real server: an operator starts
 * a run, watches it to the end and downloads the PDF; an analyst sees what changed between two
 * editions; an analyst has no Generate button.
 * Screenshots of each page go to {@code target/screenshots/}.
 */
@ServeModeTest
class BrowserFunctionalTests {

	static final Path CHROMIUM = Path.of("/usr/bin/chromium");

	static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

	static final Path SCREENSHOTS = Path.of("target/screenshots");

	@TempDir
	Path profile;

	@TempDir
	Path input;

	@LocalServerPort
	int port;

	@Autowired
	BriefRuns runs;

	WebDriver browser;

	@BeforeAll
	static void chromium() {
		assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
				"needs Debian's chromium and chromium-driver (apt-get install -y chromium chromium-driver)");
	}

	@BeforeEach
	void openBrowser() {
		ChromeOptions options = new ChromeOptions();
		options.setBinary(CHROMIUM.toFile());
		options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
				"--disable-component-update", "--disable-sync", "--no-first-run", "--window-size=1360,900",
				"--user-data-dir=" + this.profile);
		ChromeDriverService service = new ChromeDriverService.Builder()
			.usingDriverExecutable(CHROMEDRIVER.toFile())
			.usingAnyFreePort()
			.build();
		this.browser = new ChromeDriver(service, options);
	}

	@AfterEach
	void closeBrowser() {
		if (this.browser != null) {
			this.browser.quit();
		}
	}

	@Test
	void anOperatorStartsARunWatchesItFinishAndDownloadsThePdf() throws Exception {
		// given
		logIn(ServeTestProperties.OPERATOR, ServeTestProperties.OPERATOR_PASSWORD);
		screenshot("runs-before");

		// when: the run is started from the Generate page
		this.browser.findElement(By.id("generate")).click();
		waitFor().until(ExpectedConditions.urlMatches(".*/generate$"));
		this.browser.findElement(By.id("asOf")).clear();
		setDate("asOf", "2026-11-21");
		// every brief in both languages (eight PDFs) makes the run long enough to watch
		this.browser.findElement(By.id("briefs")).clear();
		this.browser.findElement(By.id("briefs")).sendKeys("all");
		this.browser.findElement(By.id("locales")).clear();
		this.browser.findElement(By.id("locales")).sendKeys("en,zh-CN");
		assertThat(this.browser.findElement(By.id("distribute")).isSelected()).as("delivery is the default").isTrue();
		screenshot("generate");
		this.browser.findElement(By.id("start")).click();

		// then: the run page shows the progress bar moving until the run is complete
		waitFor().until(ExpectedConditions.urlMatches(".*/runs/\\d+$"));
		java.util.Set<String> widths = new java.util.LinkedHashSet<>();
		waitFor().until((b) -> {
			// the bar is updated in place while the run goes on, and gone once the page shows the end
			b.findElements(By.cssSelector(".progress .fill")).forEach((fill) -> widths.add(fill.getAttribute("style")));
			if (widths.size() == 2) {
				screenshot("run-in-progress");
			}
			return b.findElement(By.cssSelector(".heading .status")).getText().equals("Completed");
		});
		assertThat(widths).as("the progress bar moved while the run went on").hasSizeGreaterThanOrEqualTo(2);
		this.browser.manage().window().setSize(new org.openqa.selenium.Dimension(1360, 1700));
		screenshot("run-completed");
		assertThat(this.browser.findElements(By.cssSelector(".status-sent"))).as("delivered to the shipped analysts")
			.hasSize(3);
		WebElement download = this.browser.findElement(By.cssSelector("a.download"));
		assertThat(download.getText()).isEqualTo("comparative.en.pdf");
		assertThat(this.browser.findElements(By.cssSelector("a.download"))).hasSize(8);

		byte[] pdf = fetch(download.getAttribute("href"));
		try (PDDocument document = Loader.loadPDF(pdf)) {
			assertThat(document.getNumberOfPages()).isGreaterThanOrEqualTo(4);
		}

		this.browser.findElement(By.linkText("Runs")).click();
		waitFor().until(ExpectedConditions.urlMatches(".*/runs$"));
		assertThat(this.browser.findElement(By.cssSelector("table.runs tbody")).getText()).contains("2026-11-21",
				"on demand", "Completed");
		screenshot("runs");
		this.browser.findElement(By.linkText("Data")).click();
		waitFor().until(ExpectedConditions.urlMatches(".*/data$"));
		assertThat(this.browser.findElement(By.tagName("main")).getText()).contains("Guizhou", "EFLOPS");
		screenshot("data");

		// and the operator logs out
		this.browser.findElement(By.id("logout")).click();
		waitFor().until(ExpectedConditions.urlMatches(".*/login\\?logout$"));
		this.browser.get(url("/runs"));
		assertThat(this.browser.getCurrentUrl()).endsWith("/login");
		screenshot("login");
	}

	@Test
	void anAnalystSeesWhatChangedBetweenTwoEditions() {
		// given: two editions a day apart, the second with Guizhou's electricity price revised
		BriefWorkspace revised = new BriefWorkspace(this.input);
		BriefRunRequest first = edition("2025-01-01", revised);
		assertThat(this.runs.run(first).status()).isEqualTo(RunOutcome.Status.COMPLETED);
		revised.write("observations.csv",
				revised.read("observations.csv").replace("GZ,electricity_price,2024,0.35", "GZ,electricity_price,2024,0.36"));
		RunOutcome second = this.runs.run(edition("2025-01-02", revised));
		assertThat(second.status()).isEqualTo(RunOutcome.Status.COMPLETED);

		// when: an analyst opens the second run's page
		logIn(ServeTestProperties.ANALYST, ServeTestProperties.ANALYST_PASSWORD);
		this.browser.get(url("/runs/" + second.executionId()));
		this.browser.manage().window().setSize(new org.openqa.selenium.Dimension(1360, 1900));

		// then: the page lists the revision with its old and new value
		String changes = this.browser.findElement(By.cssSelector("table.changes")).getText();
		assertThat(changes).contains("GZ", "electricity_price", "revised", "0.35", "0.36", "+2.9%");
		// the derived value that depends on it, as people read it, not as the double it is stored as
		assertThat(changes).contains("implied_bj_electricity_price", "≈1.05", "≈1.08").doesNotContain("1.0500010");
		assertThat(this.browser.findElement(By.tagName("main")).getText()).contains("Changes since 2025-01-01");
		screenshot("run-changes");

		// and the Data page compares the two editions the other way round too
		this.browser.get(url("/data?from=2025-01-02&to=2025-01-01"));
		assertThat(this.browser.findElement(By.tagName("main")).getText()).contains("Changes from 2025-01-02 to 2025-01-01");
		assertThat(this.browser.findElement(By.cssSelector("table.changes")).getText()).contains("electricity_price",
				"revised");
		screenshot("data-compare");
	}

	@Test
	void anAnalystSeesNoGenerateButton() {
		logIn(ServeTestProperties.ANALYST, ServeTestProperties.ANALYST_PASSWORD);

		assertThat(this.browser.findElements(By.id("generate"))).isEmpty();
		assertThat(this.browser.findElements(By.id("nav-generate"))).isEmpty();
		assertThat(this.browser.findElement(By.cssSelector(".who")).getText()).contains("analyst");
		screenshot("runs-analyst");
		this.browser.get(url("/generate"));
		assertThat(this.browser.getPageSource()).doesNotContain("Start run");
	}

	private void logIn(String name, String password) {
		this.browser.get(url("/runs"));
		assertThat(this.browser.getCurrentUrl()).endsWith("/login");
		this.browser.findElement(By.id("username")).sendKeys(name);
		this.browser.findElement(By.id("password")).sendKeys(password);
		this.browser.findElement(By.id("login")).click();
		waitFor().until(ExpectedConditions.urlMatches(".*/runs$"));
	}

	/** One edition of the comparative brief in English, into the serve output folder, without delivery. */
	private static BriefRunRequest edition(String asOf, BriefWorkspace input) {
		return new BriefRunRequest(LocalDate.parse(asOf), input.input(), ServeTestProperties.workspace.output(),
				List.of("comparative"), List.of("en"), false, BriefRunRequest.Trigger.COMMAND_LINE);
	}

	private void setDate(String id, String date) {
		((org.openqa.selenium.JavascriptExecutor) this.browser)
			.executeScript("document.getElementById(arguments[0]).value = arguments[1]", id, date);
	}

	/** The file behind a link, fetched with the browser's session. */
	private byte[] fetch(String href) throws Exception {
		Cookie session = this.browser.manage().getCookieNamed("JSESSIONID");
		HttpResponse<byte[]> response = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create(href)).header("Cookie", "JSESSIONID=" + session.getValue()).build(),
					HttpResponse.BodyHandlers.ofByteArray());
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().firstValue("Content-Type")).hasValue("application/pdf");
		return response.body();
	}

	private WebDriverWait waitFor() {
		WebDriverWait wait = new WebDriverWait(this.browser, Duration.ofSeconds(60), Duration.ofMillis(100));
		// the run page reloads itself when the run ends
		wait.ignoring(StaleElementReferenceException.class);
		return wait;
	}

	private String url(String path) {
		return "http://localhost:" + this.port + path;
	}

	private void screenshot(String name) {
		try {
			Files.createDirectories(SCREENSHOTS);
			File shot = ((TakesScreenshot) this.browser).getScreenshotAs(OutputType.FILE);
			Files.copy(shot.toPath(), SCREENSHOTS.resolve(name + ".png"),
					java.nio.file.StandardCopyOption.REPLACE_EXISTING);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
