package dev.keel.browser;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Headless Debian Chromium driven by its chromedriver, with a fresh profile and the browser language
 * chosen per test. Screenshots go to {@code target/screenshots/}.
 */
final class Browser implements AutoCloseable {

    private static final String CHROMIUM = System.getProperty("keel.chromium", "/usr/bin/chromium");
    private static final String CHROMEDRIVER = System.getProperty("keel.chromedriver", "/usr/bin/chromedriver");

    private final ChromeDriver driver;
    private final Path profile;
    private final String base;

    Browser(int port, String acceptLanguage) {
        try {
            profile = Files.createTempDirectory("keel-chromium-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments(
                "--headless=new",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-dev-shm-usage",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--disable-quic",
                "--no-first-run",
                "--window-size=1366,900",
                "--lang=" + acceptLanguage,
                "--user-data-dir=" + profile);
        options.setExperimentalOption("prefs", Map.of("intl.accept_languages", acceptLanguage));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(CHROMEDRIVER))
                .usingAnyFreePort()
                .build();
        driver = new ChromeDriver(service, options);
        base = "http://127.0.0.1:" + port;
    }

    void open(String path) {
        driver.get(base + path);
    }

    void signIn(String username, String password) {
        open("/login");
        type("username", username);
        type("password", password);
        driver.findElement(By.id("sign-in")).click();
        // The click only starts the form post (BCrypt makes the answer take a moment): wait until the
        // browser has left the sign-in page, successfully or with an error. Without this wait a
        // following open() could replace the pending post, so the next page was requested without a
        // session and answered with the sign-in page — an intermittent "element never appeared".
        new WebDriverWait(driver, Duration.ofSeconds(20)).until(d -> {
            String url = d.getCurrentUrl();
            return url != null && (!url.endsWith("/login") || url.contains("error"));
        });
    }

    void type(String id, String text) {
        WebElement field = driver.findElement(By.id(id));
        field.clear();
        field.sendKeys(text);
    }

    /** Chooses the first option of a select whose visible text, trimmed, equals {@code text}. */
    void select(String id, String text) {
        Select select = new Select(waitFor(id));
        List<WebElement> options = select.getOptions();
        for (int i = 0; i < options.size(); i++) {
            if (options.get(i).getText().replace('\u00a0', ' ').strip().equals(text)) {
                select.selectByIndex(i);
                return;
            }
        }
        throw new IllegalArgumentException("no option " + text + " in " + id);
    }

    WebElement element(By by) {
        return driver.findElement(by);
    }

    void refresh() {
        driver.navigate().refresh();
    }

    /** Whether the element's box lies within the visible part of the window. */
    boolean inViewport(String id) {
        return Boolean.TRUE.equals(driver.executeScript(
                "const r = document.getElementById(arguments[0]).getBoundingClientRect();"
                        + " return r.bottom > 0 && r.top < window.innerHeight;",
                id));
    }

    /** Waits up to 10 s for a condition of the page (for example an element scrolled into view). */
    void waitUntil(java.util.function.BooleanSupplier condition) {
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> condition.getAsBoolean());
    }

    List<WebElement> elements(By by) {
        return driver.findElements(by);
    }

    /** Runs a script in the page and returns its result (numbers come back as Long or Double). */
    Object script(String script, Object... args) {
        return driver.executeScript(script, args);
    }

    /** Resizes the window (the viewport is a little smaller than the window in headless Chromium too). */
    void resize(int width, int height) {
        driver.manage().window().setSize(new org.openqa.selenium.Dimension(width, height));
    }

    void click(String id) {
        // Bootstrap scrolls smoothly; scroll at once, so that the element is in place when clicked. Panels
        // that htmx loads after the page (SLA, knowledge, mail) can still move it between the scroll and
        // the click: then scroll again and retry, a few times.
        for (int attempt = 1; ; attempt++) {
            WebElement element = driver.findElement(By.id(id));
            driver.executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'});", element);
            try {
                element.click();
                return;
            } catch (org.openqa.selenium.ElementClickInterceptedException moved) {
                if (attempt == 5) {
                    throw moved;
                }
                try {
                    Thread.sleep(200);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw moved;
                }
            }
        }
    }

    String text(String id) {
        return waitFor(id).getText();
    }

    WebElement waitFor(String id) {
        return new WebDriverWait(driver, Duration.ofSeconds(10))
                .until(ExpectedConditions.visibilityOfElementLocated(By.id(id)));
    }

    void waitForText(String id, String text) {
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> textPresent(By.id(id), text));
    }

    void waitForCss(String css, String text) {
        new WebDriverWait(driver, Duration.ofSeconds(15)).until(d -> textPresent(By.cssSelector(css), text));
    }

    /**
     * Whether the element holds the text, found afresh. An element replaced by a navigation or an htmx
     * swap between finding it and reading it is stale; Chromium sometimes reports that as the generic
     * "Node with given id does not belong to the document" instead of a stale element: both mean "look
     * again", not a failure.
     */
    private boolean textPresent(By by, String text) {
        try {
            return driver.findElement(by).getText().contains(text);
        } catch (org.openqa.selenium.NoSuchElementException | org.openqa.selenium.StaleElementReferenceException e) {
            return false;
        } catch (org.openqa.selenium.WebDriverException e) {
            if (String.valueOf(e.getMessage()).contains("does not belong to the document")) {
                return false;
            }
            throw e;
        }
    }

    String path() {
        return driver.getCurrentUrl().substring(base.length());
    }

    String title() {
        return driver.getTitle();
    }

    String pageText() {
        return driver.findElement(By.tagName("body")).getText();
    }

    void screenshot(String name) {
        try {
            Path target = Path.of("target", "screenshots");
            Files.createDirectories(target);
            File shot = driver.getScreenshotAs(OutputType.FILE);
            Files.copy(shot.toPath(), target.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        driver.quit();
        try (var files = Files.walk(profile)) {
            files.sorted(java.util.Comparator.reverseOrder())
                    .forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // a leftover temporary profile is harmless
        }
    }
}
