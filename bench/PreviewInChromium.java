import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Save to refreshed page in a real browser, for bench/preview.sh: headless Chromium (Debian's, with
 * chromedriver) opens a brief in a running preview; each round writes regions.csv with a new
 * English name for GZ (a new file renamed over the old) and measures until the page, reloaded by
 * its own script, holds that name in its laid-out text. Prints one line per round, in ms.
 *
 *   java -cp TEST-CLASSPATH bench/PreviewInChromium.java ADDRESS-WITH-TOKEN BRIEF-PATH INPUT-DIR ROUNDS WARM-UP
 */
public class PreviewInChromium {

	public static void main(String[] args) throws Exception {
		String address = args[0];
		String brief = args[1];
		Path regions = Path.of(args[2], "regions.csv");
		int rounds = Integer.parseInt(args[3]);
		int warmUp = Integer.parseInt(args[4]);
		Path profile = Files.createTempDirectory("preview-bench-chromium");
		ChromeOptions options = new ChromeOptions();
		options.setBinary("/usr/bin/chromium");
		options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
				"--disable-component-update", "--disable-sync", "--no-first-run", "--window-size=1280,1400",
				"--user-data-dir=" + profile);
		WebDriver browser = new ChromeDriver(new ChromeDriverService.Builder()
			.usingDriverExecutable(Path.of("/usr/bin/chromedriver").toFile())
			.usingAnyFreePort()
			.build(), options);
		try {
			browser.get(address);
			browser.get(address.substring(0, address.indexOf("/?")) + brief);
			List<Long> measured = new ArrayList<>();
			for (int i = 1; i <= warmUp + rounds; i++) {
				String name = "Guizhou browser " + i;
				long millis = round(browser, regions, name);
				if (i > warmUp) {
					measured.add(millis);
					System.out.println(millis);
				}
				Thread.sleep(300);
			}
		}
		finally {
			browser.quit();
		}
	}

	private static long round(WebDriver browser, Path regions, String name) throws Exception {
		List<String> lines = new ArrayList<>();
		for (String line : Files.readAllLines(regions)) {
			lines.add(line.startsWith("GZ,") ? "GZ," + name + line.substring(line.indexOf(',', 3)) : line);
		}
		Path temporary = regions.resolveSibling("regions.csv.new");
		long started = System.nanoTime();
		Files.write(temporary, lines);
		Files.move(temporary, regions, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
				java.nio.file.StandardCopyOption.ATOMIC_MOVE);
		long deadline = started + Duration.ofSeconds(60).toNanos();
		while (System.nanoTime() < deadline) {
			try {
				Object shown = ((JavascriptExecutor) browser)
					.executeScript("return document.body !== null && document.body.innerText.indexOf(arguments[0]) >= 0;", name);
				if (Boolean.TRUE.equals(shown)) {
					return (System.nanoTime() - started) / 1_000_000;
				}
			}
			catch (WebDriverException ex) {
				// the page is being replaced by its reload
			}
			Thread.sleep(5);
		}
		throw new IllegalStateException("the page did not show " + name + " within 60 s");
	}

}
