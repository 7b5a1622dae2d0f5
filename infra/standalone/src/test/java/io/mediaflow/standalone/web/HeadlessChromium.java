package io.mediaflow.standalone.web;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

import static org.assertj.core.api.Assertions.fail;

/**
 * Debian's Chromium driven through its own chromedriver: both paths are given, so
 * Selenium Manager never looks for (or downloads) a browser or a driver.
 */
final class HeadlessChromium {

	static final Path CHROMIUM = Path.of("/usr/bin/chromium");

	static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

	private HeadlessChromium() {
	}

	/**
	 * Starts a browser with a fresh profile that saves downloads into {@code downloads}
	 * without asking.
	 */
	static ChromeDriver start(Path profile, Path downloads, Path log) throws IOException {
		if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(CHROMEDRIVER)) {
			fail("The web page test needs Debian's Chromium and its driver (" + CHROMIUM + ", " + CHROMEDRIVER
					+ "); install them with: apt-get update && apt-get install -y chromium chromium-driver");
		}
		Files.createDirectories(profile);
		ChromeOptions options = new ChromeOptions();
		options.setBinary(CHROMIUM.toFile());
		options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
				"--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
				"--window-size=1280,2000", "--user-data-dir=" + profile);
		options.setExperimentalOption("prefs",
				Map.of("download.default_directory", downloads.toString(), "download.prompt_for_download", false,
						"profile.default_content_setting_values.automatic_downloads", 1));
		ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
			.usingAnyFreePort()
			.withLogFile(log.toFile())
			.build();
		return new ChromeDriver(service, options);
	}

}
