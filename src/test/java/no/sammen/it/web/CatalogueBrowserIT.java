package no.sammen.it.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * The public catalogue and its paper version, driven by keyboard only: a resident finds the Bøkeskogen walk in
 * Larvik, opens it and prints the catalogue for its area; every page in bokmål, nynorsk and English is translated
 * and passes axe; the map's tiles are unreachable throughout (RunningSammen cuts them).
 */
@ExtendWith(RunningSammen.class)
class CatalogueBrowserIT {

    private static Browser browser;

    @BeforeAll
    static void open(Browser opened) {
        browser = opened;
    }


    /** Waits until the latest search has answered and its results are drawn. */
    private static void awaitResults() {
        browser.waitUntil(d -> "ready".equals(((JavascriptExecutor) d).executeScript("return document.body.dataset.results")));
    }

    private static String status() {
        return browser.find("#result-status").getText();
    }

    /** The link of the offer with this title in the results, as a selector Tab can reach. */
    private static String offerLink(String title) {
        for (WebElement link : browser.all("#results a.offer-link")) {
            if (link.getText().equals(title)) {
                return "#results a.offer-link[href='" + link.getDomAttribute("href") + "']";
            }
        }
        throw new AssertionError("no result titled " + title + "; results: " + browser.find("#results").getText());
    }

    private static Object script(String js) {
        return ((JavascriptExecutor) browser.driver()).executeScript(js);
    }

    @Test
    void aResidentFindsTheBokeskogenWalkOpensItAndPrintsTheCatalogueForItsArea() {
        browser.go("/", "nb");
        awaitResults();
        browser.type("#q", "tur");
        // Suggestions come as you type, in the browser's own list under the search box.
        browser.waitUntil(d -> browser.all("#q-suggestions option").stream()
                .anyMatch(o -> o.getDomAttribute("value").startsWith("Turgruppe")));
        // Choosing the municipality in its list runs the search with the words typed so far.
        browser.tabTo("#municipality").press("Larvik");
        browser.waitUntil(d -> d.getCurrentUrl().contains("municipality=larvik"));
        awaitResults();
        browser.waitForText("#results", "Turgruppe i Bøkeskogen");
        assertTrue(status().matches("\\d+ treff|Viser \\d+ av \\d+ treff"), "the count is announced: " + status());
        assertEquals("status", browser.find("#result-status").getAttribute("role"));
        assertTrue(browser.driver().getCurrentUrl().contains("q=tur"), "the search is in the address, to share or print");
        browser.find("#results mark"); // the matched word is highlighted
        browser.screenshot("catalogue-journey-results");

        browser.activate(offerLink("Turgruppe i Bøkeskogen"));
        browser.waitUntil(d -> d.getCurrentUrl().contains("offer="));
        browser.awaitReady();
        browser.waitForText("#offer", "Slik blir du med");
        String offer = browser.find("#offer").getText();
        assertEquals("Turgruppe i Bøkeskogen", browser.find("#offer h2").getText());
        assertTrue(offer.contains("Hvor: Bøkeskogen"), "its place: " + offer);
        assertTrue(offer.contains("tirsdag") && offer.contains("fredag") && offer.contains("10:00–11:30"), "its time: " + offer);
        assertTrue(offer.contains("Larvik Røde Kors"), "its organiser: " + offer);
        browser.check("catalogue-offer-journey", "nb");

        browser.activate("#offer-print-link");
        browser.waitUntil(d -> browser.path().equals("/print.html"));
        browser.awaitReady();
        browser.waitForText("#catalogue", "Turgruppe i Bøkeskogen");
        assertTrue(browser.find("h1").getText().contains("Bøkeskogen og Byskogen"), browser.find("h1").getText());

        browser.activate("#large-type");
        browser.waitUntil(d -> script("return document.body.classList.contains('large-type')"));
        assertEquals("true", browser.find("#large-type").getAttribute("aria-pressed"));

        byte[] pdf = browser.printToPdf("print-larvik-bokeskogen");
        assertTrue(pdf.length > 1000, "a real PDF, not an empty one");
        assertEquals("%PDF", new String(pdf, 0, 4, StandardCharsets.US_ASCII));
        assertOnlyTheCatalogueIsPrinted();
    }

    /** On paper the header, menu, footer, the choices and the buttons are gone; the catalogue is there. */
    private static void assertOnlyTheCatalogueIsPrinted() {
        ChromeDriver chrome = (ChromeDriver) browser.driver();
        chrome.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
        try {
            for (String hidden : new String[] {"#site-header", "#site-footer", "nav", "#print-options", "#print-button"}) {
                // No boxes at all: hidden by itself or by a hidden ancestor.
                Object boxes = script("const e = document.querySelector('" + hidden + "');"
                        + " return e ? e.getClientRects().length : 0");
                assertEquals(0L, boxes, hidden + " is printed");
            }
            assertTrue(browser.find("#catalogue").isDisplayed(), "the catalogue itself is printed");
        } finally {
            chrome.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", ""));
        }
    }

    @Test
    void vinjesPaperCatalogueInNynorskIsClean() {
        browser.go("/print.html?municipality=vinje", "nn");
        browser.waitFor(".print-entry");
        assertTrue(browser.find("h1").getText().contains("Vinje"));
        assertTrue(browser.find("#catalogue").getText().contains("Slik blir du med"));
        browser.check("print-vinje", "nn");
        byte[] pdf = browser.printToPdf("print-vinje-nn");
        assertTrue(pdf.length > 1000);
        assertOnlyTheCatalogueIsPrinted();

        // By weekday: an offer on several days is told in full once, then only named.
        browser.tabTo("#group").press(Keys.END);
        browser.waitFor(".print-entry.repeat");
        assertTrue(browser.driver().getCurrentUrl().contains("group=weekday"));
        browser.check("print-vinje-weekday", "nn");
    }

    @ParameterizedTest
    @ValueSource(strings = {"nb", "nn", "en"})
    void everyCataloguePageIsTranslatedAndAccessible(String language) {
        browser.go("/?municipality=larvik&q=tur", language);
        awaitResults();
        browser.waitFor("#results .card");
        // Open the facets too, so that axe and the translation check see them.
        browser.tabTo("#facets summary").press(Keys.ENTER);
        browser.waitFor(".facet-group");
        browser.check("catalogue", language);

        browser.go(browser.find("#results a.offer-link").getDomAttribute("href"), language);
        browser.waitFor("#offer h2");
        browser.waitFor("#offer-print-link");
        browser.check("catalogue-offer", language);

        browser.go("/print.html?municipality=larvik&area=bokeskogen", language);
        browser.waitFor(".print-entry");
        browser.check("print", language);
    }

    @Test
    void withTheTileServerUnreachableThePageLoadsAndTheListAndMarkersWork() {
        browser.go("/?municipality=vinje", "nb");
        awaitResults();
        browser.waitFor("#results .card");
        browser.waitFor(".map-note");
        assertFalse(browser.all(".leaflet-marker-icon").isEmpty(), "the markers show without a background");
        assertTrue(status().contains("treff"), status());
        browser.screenshot("catalogue-no-tiles");
    }

    @Test
    void userTextThatLooksLikeQuerySyntaxGivesResultsOrNoHitsNeverAnError() {
        browser.go("/", "nb");
        awaitResults();
        browser.type("#q", "\"(*:~ tur \"(*:~").press(Keys.ENTER);
        browser.waitUntil(d -> d.getCurrentUrl().contains("q="));
        awaitResults();
        assertTrue(status().matches("\\d+ treff|Viser \\d+ av \\d+ treff|Ingen treff.*"), status());
        assertTrue(browser.all(".form-errors, [role=alert]").isEmpty(), "no error message");

        browser.type("#q", "\"(*:~").press(Keys.ENTER);
        awaitResults();
        browser.waitUntil(d -> !status().isEmpty());
        assertTrue(status().matches("\\d+ treff|Viser \\d+ av \\d+ treff|Ingen treff.*"), status());
        assertTrue(browser.all(".form-errors, [role=alert]").isEmpty(), "no error message");
        browser.screenshot("catalogue-odd-text");
    }

    @Test
    void aFacetNarrowsTheSearchAndTheAddressFollows() {
        browser.go("/?municipality=larvik&q=tur", "nb");
        awaitResults();
        browser.tabTo("#facets summary").press(Keys.ENTER);
        browser.activate("button.facet[data-group='area'][data-value='Stavern']");
        browser.waitUntil(d -> d.getCurrentUrl().contains("area=stavern"));
        awaitResults();
        assertEquals("stavern", browser.find("#area").getDomProperty("value"));
        assertTrue(browser.find("#results").getText().contains("Turgruppe langs kyststien i Stavern"));
        assertFalse(browser.find("#results").getText().contains("Turgruppe i Bøkeskogen"));
        assertTrue(browser.find("#print-link").getDomAttribute("href").contains("area=stavern"));
    }

    @Test
    void aTimeWithoutADayIsExplainedNextToTheDayField() {
        browser.go("/", "nb");
        awaitResults();
        // Headless Chromium shows the time field in 12-hour form whatever the language; the A is ignored in 24-hour form.
        browser.type("#from", "1000A");
        browser.waitUntil(d -> "10:00".equals(browser.find("#from").getDomProperty("value")));
        browser.press(Keys.ENTER);
        browser.waitFor(".field-error");
        assertTrue(browser.find(".field-error").getText().startsWith("Dag:"), browser.find(".field-error").getText());
        assertEquals("true", browser.find("#day").getAttribute("aria-invalid"));
        browser.screenshot("catalogue-time-without-day");
    }

    @Test
    void showMoreAddsTheNextResultsAndMovesFocusToThem() {
        browser.go("/", "nb");
        awaitResults();
        assertTrue(status().startsWith("Viser 10 av"), status());
        browser.activate("#more");
        browser.waitUntil(d -> browser.all("#results .card").size() > 10);
        awaitResults();
        assertEquals("offer-link", browser.active().getAttribute("class"), "focus moves to the first new result");
    }
}
