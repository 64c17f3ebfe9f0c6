package com.kcspeedshop.platform.web;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Function;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's chromium, headless, driven through Debian's chromedriver (paths overridable with {@code -Dkcs.chromium=}
 * and {@code -Dkcs.chromedriver=}). Given the driver's path, Selenium runs no Selenium Manager and downloads nothing.
 * {@code -Dkcs.browser.window=390,844} takes the screenshots at a phone's size.
 */
final class HeadlessChromium implements AutoCloseable {

    static final Path CHROMIUM = Path.of(System.getProperty("kcs.chromium", "/usr/bin/chromium"));
    static final Path CHROMEDRIVER = Path.of(System.getProperty("kcs.chromedriver", "/usr/bin/chromedriver"));

    private final ChromeDriver driver;
    private final Path profile;
    private final WebDriverWait wait;
    private final Duration timeout;

    private HeadlessChromium(ChromeDriver driver, Path profile, Duration timeout) {
        this.driver = driver;
        this.profile = profile;
        this.timeout = timeout;
        this.wait = new WebDriverWait(driver, timeout);
    }

    /** Why the browser cannot run here, or empty when it can. */
    static Optional<String> missing() {
        if (!Files.isExecutable(CHROMIUM)) {
            return Optional.of("no chromium at " + CHROMIUM + " (apt-get install chromium chromium-driver, or -Dkcs.chromium=)");
        }
        if (!Files.isExecutable(CHROMEDRIVER)) {
            return Optional.of("no chromedriver at " + CHROMEDRIVER
                    + " (apt-get install chromium-driver, or -Dkcs.chromedriver=)");
        }
        return Optional.empty();
    }

    static HeadlessChromium start(Duration timeout) throws IOException {
        Path profile = Files.createTempDirectory("kcs-chromium-");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        // flags that work as root in a container without a display or /dev/shm to speak of; a fresh profile each run
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--no-first-run", "--window-size=" + System.getProperty("kcs.browser.window", "1280,900"), "--lang=en-US", "--user-data-dir=" + profile);
        // the page's console, for the report of a failed run
        options.setCapability("goog:loggingPrefs", java.util.Map.of("browser", "ALL"));
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort().build();
        return new HeadlessChromium(new ChromeDriver(service, options), profile, timeout);
    }

    WebDriver driver() {
        return driver;
    }

    void open(String url) {
        driver.get(url);
    }

    /** Waits until the element is there and visible. */
    WebElement visible(String css) {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(css)));
    }

    void click(String css) {
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector(css))).click();
    }

    /** Waits until the element's text is exactly {@code text}. */
    void awaitText(String css, String text) {
        new WebDriverWait(driver, timeout).withMessage(() -> css + " never read '" + text + "'")
                .until(ExpectedConditions.textToBe(By.cssSelector(css), text));
    }

    /** Waits until the element is in the DOM (SVG shapes of one point have no size, so "visible" does not apply). */
    WebElement present(String css) {
        return wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(css)));
    }

    <T> T until(Function<WebDriver, T> condition) {
        return wait.until(condition);
    }

    /** A PNG under target/browser-it, to look at when a run fails (or to check the look). */
    void screenshot(String name) throws IOException {
        Path dir = Path.of("target", "browser-it");
        Files.createDirectories(dir);
        Files.write(dir.resolve(name + ".png"), ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
    }

    /** The page's console messages since the last call (errors of the app's scripts show up here). */
    java.util.List<String> consoleMessages() {
        return driver.manage().logs().get(org.openqa.selenium.logging.LogType.BROWSER).getAll().stream()
                .map(entry -> entry.getLevel() + " " + entry.getMessage()).toList();
    }

    /** The visible text of the app's content area. */
    String pageText() {
        return driver.findElements(By.id("page")).stream().map(WebElement::getText).findFirst().orElse("(no #page)");
    }

    @Override
    public void close() throws IOException {
        try {
            driver.quit();
        } finally {
            try (var files = Files.walk(profile)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }
}
