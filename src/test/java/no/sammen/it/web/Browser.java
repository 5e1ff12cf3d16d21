package no.sammen.it.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import no.sammen.it.web.RunningSammen.Site;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.print.PrintOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium driven through its chromedriver, with what every browser test needs: open a page in a
 * language and wait until it has drawn, move by keyboard, check accessibility with axe-core, check that no text is
 * untranslated, and keep a screenshot of each page under target/screenshots for review.
 */
public final class Browser implements AutoCloseable, ExtensionContext.Store.CloseableResource {

    private static final Path SCREENSHOTS = Path.of("target", "screenshots");
    private static final Path AXE_REPORTS = Path.of("target", "axe");
    private static final String CHROMIUM = System.getProperty("sammen.chromium", "/usr/bin/chromium");
    private static final String CHROMEDRIVER = System.getProperty("sammen.chromedriver", "/usr/bin/chromedriver");

    private final Site site;
    private final ChromeDriver driver;
    private final WebDriverWait wait;

    private Browser(Site site, ChromeDriver driver) {
        this.site = site;
        this.driver = driver;
        // A page that redraws a list can replace the element a condition just found: ask again, as a person would
        // look again, rather than fail on the stale reference.
        this.wait = new WebDriverWait(driver, Duration.ofSeconds(30));
        this.wait.ignoring(StaleElementReferenceException.class);
    }

    public static Browser open(Site site) {
        if (!Files.isExecutable(Path.of(CHROMIUM)) || !Files.isExecutable(Path.of(CHROMEDRIVER))) {
            fail("The browser tests need Debian's chromium and chromium-driver (" + CHROMIUM + ", " + CHROMEDRIVER
                    + "); .ci/run installs them: apt-get install chromium chromium-driver");
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--disable-extensions", "--window-size=1280,1000", "--lang=nb-NO");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(Path.of(CHROMEDRIVER).toFile()).usingAnyFreePort().build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
        return new Browser(site, driver);
    }

    public WebDriver driver() {
        return driver;
    }

    /** Opens a page of the site in a language (nb, nn, en) and waits until its script has drawn it. */
    public Browser go(String path, String language) {
        String separator = path.contains("?") ? "&" : "?";
        driver.get(site.url(path + separator + "lang=" + language));
        awaitReady();
        return this;
    }

    public Browser go(String path) {
        driver.get(site.url(path));
        awaitReady();
        return this;
    }

    public void awaitReady() {
        new WebDriverWait(driver, Duration.ofSeconds(30))
                .withMessage(() -> driver.getCurrentUrl() + " did not finish drawing (no body.ready): "
                        + String.valueOf(driver.executeScript("return document.body ? document.body.innerText.slice(0, 300) : ''")))
                .until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript(
                "return document.readyState === 'complete' && document.body.classList.contains('ready')")));
    }

    public String path() {
        return java.net.URI.create(driver.getCurrentUrl()).getPath();
    }

    public WebElement find(String css) {
        return driver.findElement(By.cssSelector(css));
    }

    public List<WebElement> all(String css) {
        return driver.findElements(By.cssSelector(css));
    }

    public WebElement waitFor(String css) {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(css)));
    }

    public <T> T waitUntil(Function<WebDriver, T> condition) {
        return wait.until(condition::apply);
    }

    public void waitForText(String css, String text) {
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(css), text));
    }

    public WebElement active() {
        return driver.switchTo().activeElement();
    }

    /** Presses keys on whatever has focus, as a keyboard user would. */
    public Browser press(CharSequence... keys) {
        new Actions(driver).sendKeys(keys).perform();
        return this;
    }

    /**
     * Moves focus with Tab until the element matching the selector has it, proving it can be reached by keyboard.
     * Fails after 150 presses.
     */
    public Browser tabTo(String css) {
        WebElement target = waitFor(css);
        for (int i = 0; i < 150; i++) {
            if (active().equals(target)) {
                return this;
            }
            press(Keys.TAB);
        }
        fail("Could not reach " + css + " with the Tab key on " + path());
        return this;
    }

    /** Reaches a field by Tab and types into it, replacing what is there. */
    public Browser type(String css, String text) {
        tabTo(css);
        WebElement field = active();
        field.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
        field.sendKeys(text);
        return this;
    }

    /** Reaches a button or link by Tab and presses Enter on it. */
    public Browser activate(String css) {
        tabTo(css);
        press(Keys.ENTER);
        return this;
    }

    /** Logs in through the login page using only the keyboard, and waits for the page it leads to. */
    public Browser login(String username, String password, String language) {
        go("/login.html", language);
        type("#username", username);
        type("#password", password);
        press(Keys.ENTER);
        wait.until(d -> !java.net.URI.create(d.getCurrentUrl()).getPath().equals("/login.html"));
        awaitReady();
        return this;
    }

    public Browser screenshot(String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            Long height = (Long) driver.executeScript("return Math.min(6000, document.documentElement.scrollHeight)");
            Dimension before = driver.manage().window().getSize();
            driver.manage().window().setSize(new Dimension(before.getWidth(), Math.max(before.getHeight(), height.intValue())));
            Files.write(SCREENSHOTS.resolve(name + ".png"), driver.getScreenshotAs(OutputType.BYTES));
            driver.manage().window().setSize(before);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return this;
    }

    /** Renders the page as the printer would (print CSS, A4) into target/screenshots/name.pdf and a PNG. */
    public byte[] printToPdf(String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            PrintOptions options = new PrintOptions();
            options.setBackground(false);
            byte[] pdf = Base64.getDecoder().decode(driver.print(options).getContent());
            Files.write(SCREENSHOTS.resolve(name + ".pdf"), pdf);
            driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
            screenshot(name + "-print");
            driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", ""));
            return pdf;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Runs axe-core on the page and fails on any serious or critical violation, naming rule and element. */
    public Browser assertAccessible(String name) {
        try {
            if (!Boolean.TRUE.equals(driver.executeScript("return typeof window.axe !== 'undefined'"))) {
                driver.executeScript(axeSource());
            }
            Object result = driver.executeAsyncScript("""
                    const done = arguments[arguments.length - 1];
                    axe.run(document, {resultTypes: ['violations']})
                       .then(r => done(JSON.stringify(r.violations.map(v => ({id: v.id, impact: v.impact,
                           help: v.help, nodes: v.nodes.map(n => n.target.join(' ') + ' :: ' + n.failureSummary)})))))
                       .catch(e => done('ERROR ' + e));""");
            String json = String.valueOf(result);
            Files.createDirectories(AXE_REPORTS);
            Files.writeString(AXE_REPORTS.resolve(name + ".json"), json);
            assertTrue(!json.startsWith("ERROR"), "axe failed to run on " + name + ": " + json);
            List<String> serious = new ArrayList<>();
            @SuppressWarnings("unchecked")
            List<Map<String, Object>> violations = (List<Map<String, Object>>) driver.executeScript(
                    "return JSON.parse(arguments[0])", json);
            for (Map<String, Object> v : violations) {
                if ("serious".equals(v.get("impact")) || "critical".equals(v.get("impact"))) {
                    serious.add(v.get("impact") + " " + v.get("id") + " (" + v.get("help") + "): " + v.get("nodes"));
                }
            }
            assertEquals(List.of(), serious, "axe-core on " + name);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return this;
    }

    /** No key shows as ⟦key⟧: every text on the page exists in the page's language. */
    public Browser assertTranslated(String name) {
        String text = (String) driver.executeScript(
                "return document.title + ' ' + document.body.innerText + ' ' + Array.from(document.querySelectorAll("
                        + "'[placeholder],[aria-label],[title],[alt]')).map(e => [e.placeholder, e.getAttribute('aria-label'),"
                        + " e.title, e.alt].join(' ')).join(' ')");
        assertTrue(!text.contains("⟦"), name + " shows untranslated keys: " + excerpt(text));
        return this;
    }

    public Browser check(String name, String language) {
        return assertTranslated(name + "-" + language).assertAccessible(name + "-" + language).screenshot(name + "-" + language);
    }

    private static String excerpt(String text) {
        int at = text.indexOf('⟦');
        return text.substring(Math.max(0, at - 40), Math.min(text.length(), at + 80));
    }

    private static String axeSource() throws IOException {
        try (InputStream in = Browser.class.getResourceAsStream("/axe.min.js")) {
            if (in == null) {
                throw new IllegalStateException("axe.min.js is not on the test classpath (com.deque.html.axe-core:selenium)");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Override
    public void close() {
        driver.quit();
    }
}
