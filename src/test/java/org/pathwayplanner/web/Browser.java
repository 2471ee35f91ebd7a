package org.pathwayplanner.web;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's Chromium, headless, driven by Debian's chromedriver: nothing is downloaded at test time
 * (Selenium Manager is never asked). {@code .ci/run} installs both packages.
 */
final class Browser implements AutoCloseable {

    private static final String CHROMIUM = "/usr/bin/chromium";
    private static final String CHROMEDRIVER = "/usr/bin/chromedriver";

    final WebDriver driver;
    private final String base;

    Browser(int port) {
        if (!new File(CHROMIUM).canExecute() || !new File(CHROMEDRIVER).canExecute()) {
            throw new IllegalStateException("Browser tests need Debian's chromium and chromium-driver: "
                    + "apt-get install -y chromium chromium-driver (see .ci/run)");
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
                "--window-size=1280,1000", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--no-first-run", "--lang=en-US");
        // the console (CSP violations are reported there) can be read with consoleMessages()
        options.setCapability("goog:loggingPrefs", java.util.Map.of("browser", "ALL"));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(CHROMEDRIVER)).usingAnyFreePort().build();
        this.driver = new ChromeDriver(service, options);
        this.driver.manage().timeouts().implicitlyWait(Duration.ofSeconds(5));
        this.base = "http://localhost:" + port;
    }

    Browser open(String path) {
        driver.get(base + path);
        return this;
    }

    Browser signInAs(String username) {
        open("/login");
        driver.manage().deleteAllCookies();
        open("/login");
        driver.findElement(By.id("username")).sendKeys(username);
        driver.findElement(By.id("password")).sendKeys("demo");
        driver.findElement(By.cssSelector("button[type=submit].primary")).click();
        new org.openqa.selenium.support.ui.WebDriverWait(driver, Duration.ofSeconds(10))
                .until(d -> !d.getCurrentUrl().contains("/login"));
        return this;
    }

    /** Clicks what sends the page away and waits until the next page has replaced it, so no read sees the old one. */
    void clickToNextPage(By target) {
        org.openqa.selenium.WebElement page = driver.findElement(By.tagName("html"));
        driver.findElement(target).click();
        new org.openqa.selenium.support.ui.WebDriverWait(driver, Duration.ofSeconds(20)).until(d -> gone(page));
    }

    /** Chrome reports a replaced page's element as stale, or (mid-navigation) as a node outside the document. */
    private static boolean gone(org.openqa.selenium.WebElement element) {
        try {
            element.isEnabled();
            return false;
        } catch (org.openqa.selenium.StaleElementReferenceException e) {
            return true;
        } catch (org.openqa.selenium.WebDriverException e) {
            if (String.valueOf(e.getMessage()).contains("does not belong to the document")) {
                return true;
            }
            throw e;
        }
    }

    /** A mentor follows their e-mailed one-time link (no district account) and lands on their pathway's page. */
    Browser signInAsMentor(String link) {
        driver.manage().deleteAllCookies();
        open(link);
        driver.findElement(By.cssSelector("#use-mentor-link button[type=submit]")).click();
        new org.openqa.selenium.support.ui.WebDriverWait(driver, Duration.ofSeconds(10))
                .until(d -> d.getCurrentUrl().endsWith("/mentor"));
        return this;
    }

    /** On the student's pathway page: logs a day's hours (the date set as typed ISO, whatever the browser's locale). */
    void logHours(java.time.LocalDate day, String hours, String activity) {
        org.openqa.selenium.WebElement date = driver.findElement(By.id("workDate"));
        ((org.openqa.selenium.JavascriptExecutor) driver).executeScript("arguments[0].value = arguments[1]", date,
                day.toString());
        driver.findElement(By.id("hours")).sendKeys(hours);
        driver.findElement(By.id("activity")).sendKeys(activity);
        clickToNextPage(By.id("log-hours"));
    }

    String text(String css) {
        return driver.findElement(By.cssSelector(css)).getText();
    }

    String path() {
        return driver.getCurrentUrl().replace(base, "");
    }

    /** Keeps a picture of the page under target/screenshots (docs/screenshots holds the chosen ones). */
    void screenshot(String name) {
        byte[] png = ((org.openqa.selenium.TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES);
        try {
            Path folder = Path.of("target", "screenshots");
            Files.createDirectories(folder);
            Files.write(folder.resolve(name + ".png"), png);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** What the page's console said since the last call (Chromium reports Content-Security-Policy violations there). */
    java.util.List<String> consoleMessages() {
        return driver.manage().logs().get(org.openqa.selenium.logging.LogType.BROWSER).getAll().stream()
                .map(entry -> entry.getLevel() + " " + entry.getMessage()).toList();
    }

    @Override
    public void close() {
        driver.quit();
    }
}
