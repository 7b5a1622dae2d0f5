package io.mediaflow.standalone.web;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import java.util.zip.ZipFile;

import io.mediaflow.common.messaging.Messaging;
import io.mediaflow.standalone.MediaflowStack;
import io.mediaflow.standalone.StackTest;
import io.mediaflow.standalone.TestStack;
import io.mediaflow.standalone.StandaloneSettings;
import io.mediaflow.testing.PostgresEndpoint;
import io.mediaflow.testing.RabbitEndpoint;
import io.mediaflow.testing.TestAudio;
import io.mediaflow.testing.TestImages;
import io.mediaflow.testing.TestInfrastructure;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.util.FileSystemUtils;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The web page at {@code /} as a person uses it, in headless Chromium against a real
 * standalone stack: register, pick an image, drop a WAV, watch both tasks finish,
 * download the zip and the MP3, read the history.
 */
@StackTest(TestStack.STANDARD)
class WebPageBrowserIntegrationTests {

	private static final Path TARGET = Path.of("target");

	private static final Path DOWNLOADS = TARGET.resolve("web-downloads");

	private static final Path SCREENSHOT = TARGET.resolve("web-page.png");

	private static final Duration PROCESSING = Duration.ofSeconds(90);

	private static MediaflowStack stack;

	@BeforeAll
	static void useStack(MediaflowStack started) {
		stack = started;
	}

	@Test
	void registersUploadsWatchesProgressAndDownloadsTheResults(@TempDir Path temp) throws Exception {
		FileSystemUtils.deleteRecursively(DOWNLOADS);
		Files.createDirectories(DOWNLOADS);
		Path photo = Files.write(temp.resolve("photo.jpg"), TestImages.jpeg(640, 480));
		ChromeDriver browser = HeadlessChromium.start(temp.resolve("profile"), DOWNLOADS.toAbsolutePath(),
				TARGET.resolve("chromedriver.log"));
		try {
			browser.get(stack.gatewayUrl() + "/");
			assertThat(browser.getTitle()).isEqualTo("Mediaflow");

			register(browser, "web-" + UUID.randomUUID() + "@example.com");
			browser.findElement(By.id("file-input")).sendKeys(photo.toAbsolutePath().toString());
			WebElement imageTask = finishedTask(browser, 1);
			assertThat(imageTask.getAttribute("data-status")).as(imageTask.getText()).isEqualTo("DONE");
			assertThat(imageTask.findElement(By.className("task-progress")).getText())
				.isEqualTo("Done: all 1 file processed.");
			String imageTaskId = imageTask.getAttribute("data-task-id");
			assertThat(requestedPaths(browser)).as("followed through its event stream, not polled")
				.contains("/status/" + imageTaskId + "/events")
				.doesNotContain("/status/" + imageTaskId);
			assertThat(imageTask.findElements(By.cssSelector(".results figcaption")).stream().map(WebElement::getText))
				.containsExactly("photo_original.jpg", "photo_rotated.jpg", "photo_gray.jpg", "photo_scaled.jpg");

			dropWav(browser, "voice memo.wav", TestAudio.wav(1.5, 22050, 1));
			WebElement audioTask = finishedTask(browser, 2);
			assertThat(audioTask.getAttribute("data-status")).as(audioTask.getText()).isEqualTo("DONE");

			imageTask.findElement(By.className("download-zip")).click();
			Path zip = downloaded(browser, "task-" + imageTask.getAttribute("data-task-id") + ".zip");
			try (ZipFile entries = new ZipFile(zip.toFile())) {
				assertThat(Collections.list(entries.entries()).stream().map((entry) -> entry.getName()))
					.containsExactlyInAnyOrder("photo_original.jpg", "photo_rotated.jpg", "photo_gray.jpg",
							"photo_scaled.jpg");
			}
			awaitRealThumbnails(browser, imageTask);

			audioTask.findElement(By.className("download-mp3")).click();
			Path mp3 = downloaded(browser, "voice_memo.mp3");
			assertThat(Files.readAllBytes(mp3)).hasSizeGreaterThan(1000);

			new WebDriverWait(browser, Duration.ofSeconds(10))
				.until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("#history tbody tr"), 4));
			assertThat(browser.findElement(By.id("history-summary")).getText()).isEqualTo("4 results.");
			assertThat(browser.findElements(By.cssSelector("#history tbody tr td:first-child"))
				.stream()
				.map(WebElement::getText)).containsExactlyInAnyOrder("photo_original.jpg", "photo_rotated.jpg",
						"photo_gray.jpg", "photo_scaled.jpg");
			assertThat(browser.findElement(By.id("problem")).isDisplayed()).isFalse();
		}
		finally {
			Files.copy(browser.getScreenshotAs(OutputType.FILE).toPath(), SCREENSHOT,
					StandardCopyOption.REPLACE_EXISTING);
			browser.quit();
		}
	}

	@Test
	void showsTheServersProblemWhenALoginFails(@TempDir Path temp) throws Exception {
		ChromeDriver browser = HeadlessChromium.start(temp.resolve("profile"), DOWNLOADS.toAbsolutePath(),
				TARGET.resolve("chromedriver-login.log"));
		try {
			browser.get(stack.gatewayUrl() + "/");
			browser.findElement(By.id("login-name")).sendKeys("nobody-" + UUID.randomUUID() + "@example.com");
			browser.findElement(By.id("login-password")).sendKeys("wrong horse");
			browser.findElement(By.id("login-button")).click();

			WebElement problem = new WebDriverWait(browser, Duration.ofSeconds(10))
				.until(ExpectedConditions.visibilityOfElementLocated(By.id("problem")));
			assertThat(problem.getAttribute("role")).isEqualTo("alert");
			assertThat(browser.findElement(By.id("problem-title")).getText()).isNotBlank();
			assertThat(browser.findElement(By.id("workspace")).isDisplayed()).isFalse();
		}
		finally {
			browser.quit();
		}
	}

	@Test
	void servesThePageWithAContentSecurityPolicyWhileMediaRoutesStillNeedCredentials() throws Exception {
		HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

		HttpResponse<String> page = http.send(get("/"), HttpResponse.BodyHandlers.ofString());
		HttpResponse<String> script = http.send(get("/app.js"), HttpResponse.BodyHandlers.ofString());
		HttpResponse<String> styles = http.send(get("/app.css"), HttpResponse.BodyHandlers.ofString());
		HttpResponse<String> history = http.send(get("/history/" + UUID.randomUUID()),
				HttpResponse.BodyHandlers.ofString());

		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).startsWith("text/html"));
		assertThat(page.headers().firstValue("Content-Security-Policy"))
			.hasValueSatisfying((policy) -> assertThat(policy).contains("default-src 'self'", "script-src 'self'"));
		assertThat(page.body()).contains("<script src=\"app.js\" defer></script>");
		assertThat(script.statusCode()).isEqualTo(200);
		assertThat(script.headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).contains("javascript"));
		assertThat(styles.statusCode()).isEqualTo(200);
		assertThat(styles.headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).startsWith("text/css"));
		assertThat(history.statusCode()).isEqualTo(401);
	}

	/** The paths the page requested, from the browser's resource timing entries. */
	@SuppressWarnings("unchecked")
	private static List<String> requestedPaths(ChromeDriver browser) {
		return (List<String>) browser.executeScript(
				"return performance.getEntriesByType('resource').map((entry) => new URL(entry.name).pathname)");
	}

	private static void register(WebDriver browser, String email) {
		browser.findElement(By.id("login-name")).sendKeys(email);
		browser.findElement(By.id("login-password")).sendKeys("correct horse");
		browser.findElement(By.id("register-button")).click();
		new WebDriverWait(browser, Duration.ofSeconds(15))
			.until(ExpectedConditions.visibilityOfElementLocated(By.id("workspace")));
		assertThat(browser.findElement(By.id("who-name")).getText()).isEqualTo(email);
	}

	/**
	 * Drops a WAV on the drop zone as a drag from the desktop would: a drop event
	 * carrying one file.
	 */
	private static void dropWav(ChromeDriver browser, String name, byte[] wav) {
		((JavascriptExecutor) browser).executeScript(
				"""
						const [zone, base64, name] = arguments;
						const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
						const transfer = new DataTransfer();
						transfer.items.add(new File([bytes], name, { type: 'audio/wav' }));
						for (const type of ['dragenter', 'dragover', 'drop']) {
							zone.dispatchEvent(new DragEvent(type, { bubbles: true, cancelable: true, dataTransfer: transfer }));
						}
						""",
				browser.findElement(By.id("drop-zone")), Base64.getEncoder().encodeToString(wav), name);
	}

	/**
	 * Waits until the page lists {@code count} tasks and the newest has finished; returns
	 * the newest.
	 */
	private static WebElement finishedTask(WebDriver browser, int count) {
		new WebDriverWait(browser, PROCESSING)
			.withMessage(() -> "task " + count + " did not finish; the page shows: "
					+ browser.findElement(By.id("tasks")).getText())
			.until((driver) -> {
				List<WebElement> tasks = driver.findElements(By.cssSelector("#tasks > li"));
				return tasks.size() == count && Stream.of("DONE", "PARTIAL", "FAILED", "REFUSED")
					.anyMatch((status) -> status.equals(tasks.get(0).getAttribute("data-status")));
			});
		return browser.findElements(By.cssSelector("#tasks > li")).get(0);
	}

	private static Path downloaded(WebDriver browser, String name) {
		Path file = DOWNLOADS.resolve(name);
		new WebDriverWait(browser, Duration.ofSeconds(20))
			.until((driver) -> Files.isRegularFile(file) && !Files.exists(DOWNLOADS.resolve(name + ".crdownload")));
		return file;
	}

	/**
	 * Once the zip is in the page, the thumbnails show the results from it instead of
	 * previews.
	 */
	private static void awaitRealThumbnails(WebDriver browser, WebElement task) {
		new WebDriverWait(browser, Duration.ofSeconds(10))
			.until((driver) -> task.findElements(By.cssSelector(".results figure"))
				.stream()
				.allMatch((figure) -> "thumb".equals(figure.getAttribute("class"))));
		for (WebElement image : task.findElements(By.cssSelector(".results img"))) {
			Object width = ((JavascriptExecutor) browser).executeScript(
					"const image = arguments[0]; return image.decode().then(() => image.naturalWidth);", image);
			assertThat(((Number) width).intValue()).isIn(640, 480, 320);
		}
	}

	private static HttpRequest get(String path) {
		return HttpRequest.newBuilder(URI.create(stack.gatewayUrl() + path)).timeout(Duration.ofSeconds(30)).build();
	}

	private static StandaloneSettings settings() {
		TestInfrastructure.purgeQueues(Messaging.IMAGE_JOBS_QUEUE, Messaging.AUDIO_JOBS_QUEUE,
				Messaging.TASK_EVENTS_QUEUE, Messaging.DEAD_JOBS_QUEUE);
		PostgresEndpoint postgres = TestInfrastructure.postgres();
		RabbitEndpoint rabbit = TestInfrastructure.rabbit();
		return new StandaloneSettings(postgres.jdbcUrl(), postgres.username(), postgres.password(), rabbit.host(),
				rabbit.port(), rabbit.username(), rabbit.password(), TARGET.resolve("standalone-test-data"), 0, 0, 0, 0,
				0, "web-page-tests-secret-0123456789abcdef", "operator-tests-password");
	}

}
