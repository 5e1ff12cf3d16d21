package no.sammen.it.web;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every page on a phone and with text at 200 %: the page itself never scrolls sideways (wide tables and the week
 * grid scroll inside their own box), and nothing is cut off. WCAG 1.4.4 and 1.4.10.
 */
@org.junit.jupiter.api.extension.ExtendWith(RunningSammen.class)
class LayoutBrowserIT {

    /** Page, and the seed account that may see it (null: public). */
    record Page(String path, String account) {
        @Override
        public String toString() {
            return path + (account == null ? "" : " as " + account);
        }
    }

    static List<Page> pages() {
        return List.of(
                new Page("/", null),
                new Page("/print.html?municipality=vinje", null),
                new Page("/login.html", null),
                new Page("/register.html", null),
                new Page("/volunteer.html", "frivillig.larvik@example.no"),
                new Page("/institution.html", "institusjon.larvik@example.no"),
                new Page("/coordinator.html", "koordinator.larvik@example.no"),
                new Page("/registry.html", "koordinator.larvik@example.no"));
    }

    private static Browser browser;
    private static String signedInAs;

    @BeforeAll
    static void open(Browser opened) {
        browser = opened;
    }


    @ParameterizedTest
    @MethodSource("pages")
    void fitsAPhone(Page page) {
        visit(page);
        var driver = (org.openqa.selenium.chrome.ChromeDriver) browser.driver();
        driver.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", 390, "height", 844, "deviceScaleFactor", 1, "mobile", true));
        try {
            browser.go(page.path(), "nb");
            assertNoSidewaysScrolling(page + " at 390 px");
            browser.screenshot("phone" + page.path().replaceAll("[^a-z]+", "-"));
        } finally {
            driver.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
        }
    }

    @ParameterizedTest
    @MethodSource("pages")
    void readableWithTextAtTwoHundredPercent(Page page) {
        visit(page);
        ((org.openqa.selenium.JavascriptExecutor) browser.driver())
                .executeScript("document.documentElement.style.fontSize = '225%'"); // 2 × the usual 112.5 %
        assertNoSidewaysScrolling(page + " with text at 200 %");
        browser.screenshot("text200" + page.path().replaceAll("[^a-z]+", "-"));
    }

    private static void visit(Page page) {
        if (page.account() != null && !page.account().equals(signedInAs)) {
            browser.login(page.account(), "sammen-demo-2026", "nb");
            signedInAs = page.account();
        }
        browser.go(page.path(), "nb");
    }

    private static void assertNoSidewaysScrolling(String where) {
        Object overflow = ((org.openqa.selenium.JavascriptExecutor) browser.driver()).executeScript("""
                const width = document.documentElement.clientWidth;
                const wide = Array.from(document.querySelectorAll('body *'))
                    .filter(e => !e.closest('.week-scroll, .map, .table-scroll, .leaflet-container'))
                    .filter(e => e.getBoundingClientRect().right > width + 1 && getComputedStyle(e).position !== 'fixed')
                    .slice(0, 5).map(e => e.tagName + (e.id ? '#' + e.id : '') + '.' + e.className);
                return document.documentElement.scrollWidth > width + 1 ? wide.join(', ') || 'page' : '';""");
        assertTrue(String.valueOf(overflow).isEmpty(), where + " scrolls sideways because of: " + overflow);
    }
}
