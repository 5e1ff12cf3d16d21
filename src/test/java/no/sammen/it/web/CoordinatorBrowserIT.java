package no.sammen.it.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import no.sammen.it.web.RunningSammen.Site;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;

/**
 * The coordinator's journey on the matching desk, by keyboard only: pick an open need, read the explained
 * suggestions, propose the best volunteer; run the plan for Vinje, read the diff (pairs and what stays unfilled
 * and why), accept it and find the new proposals in the follow-up; move a match on. A Larvik coordinator sees
 * only Larvik.
 */
@ExtendWith(RunningSammen.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class CoordinatorBrowserIT {

    private static final String PASSWORD = "sammen-demo-2026";
    private static final String VINJE = "koordinator.vinje@example.no";
    /** A need nobody in Vinje is free for (Sunday night), so the plan has something to leave unfilled. */
    private static final String NIGHT_NEED = "Nattevakt-følgje til legevakta";

    private static Browser browser;
    private static Site site;
    private static String nightNeedId;

    @BeforeAll
    static void open(Site running, Browser opened) throws Exception {
        site = running;
        nightNeedId = createNightNeed();
        browser = opened;
        browser.login(VINJE, PASSWORD, "nb");
    }

    @AfterAll
    static void close() throws Exception {
        if (nightNeedId != null) {
            // Other browser tests share this server: leave Vinje's needs as the seed made them.
            send("DELETE", "/api/needs/" + nightNeedId, null);
        }
    }

    @Order(1)
    @ParameterizedTest
    @ValueSource(strings = {"nb", "nn", "en"})
    void theDeskIsTranslatedAndAccessible(String language) {
        openDesk(language);
        assertTrue(browser.all(".desk-need").size() > 3, "Vinje's open needs are listed");
        assertTrue(browser.all(".desk-need .badge").size() > 0, "each need says how urgent it is in words");
        browser.check("desk", language);
        if (!language.equals("en")) {
            assertFalse(browser.find("#needs-list").getText().contains("November"), "dates in Norwegian, not English");
        }
        if (language.equals("nb")) {
            // Text at 200 %: the page reflows, nothing needs sideways scrolling.
            ((JavascriptExecutor) browser.driver()).executeScript("document.documentElement.style.fontSize = '225%'");
            browser.screenshot("desk-200-nb");
            assertNoSidewaysScrolling();
            ((JavascriptExecutor) browser.driver()).executeScript("document.documentElement.style.fontSize = ''");
        }
    }

    @Order(2)
    @Test
    void aCoordinatorProposesAVolunteerFromTheSuggestions() {
        openDesk("nb");
        String needId = needIdByTitle("Digital hjelp på frivilligsentralen");
        browser.activate("#suggest-" + needId);
        browser.waitFor(".desk-suggestion");
        browser.waitForText("#suggestions-heading", "Digital hjelp på frivilligsentralen");
        String reasons = browser.find("#suggestions-body").getText();
        assertTrue(reasons.contains("km unna"), "the server's reasons are shown as given: " + reasons);
        assertTrue(reasons.contains("Holdt utenfor"), "the excluded counts are explained");
        assertTrue(reasons.contains("er ikke ledige når behovet er"), "a rule code is explained in words: " + reasons);
        assertTrue(browser.active().getAttribute("id").equals("suggestions-heading"), "focus moves to the suggestions");
        browser.check("desk-suggestions", "nb");

        String top = browser.find(".desk-suggestion h3").getText().replaceFirst("^1\\. ", "");
        // From the heading, the first Tab reaches the top volunteer's button: one Enter proposes.
        browser.press(Keys.TAB);
        assertTrue(browser.active().getAttribute("class").contains("propose"), "the first stop is Propose");
        browser.press(Keys.ENTER);
        browser.waitForText("#suggestions-status", top + " er foreslått for «Digital hjelp på frivilligsentralen»");
        browser.waitForText("#follow-table", top);
        assertEquals("Foreslått", browser.find(".desk-suggestion button.propose").getText());
    }

    @Order(3)
    @Test
    void aCoordinatorRunsThePlanForVinjeAndAcceptsIt() {
        openDesk("nb");
        browser.activate("#plan-run");
        browser.waitFor("#plan-diff-heading");
        browser.waitForText("#plan-status", "Planen er klar");
        int pairs = browser.all(".desk-plan tbody tr").size();
        assertTrue(pairs > 3, "the plan proposes pairs: " + pairs);
        String diff = browser.find("#plan-result").getText();
        assertTrue(diff.contains("km unna"), "each pair has its reasons");
        assertTrue(diff.contains(NIGHT_NEED), "the need nobody can take is listed as unfilled: " + diff);
        assertTrue(diff.contains("mangler 1"), "with how many are missing");
        assertEquals("false", String.valueOf(browser.find("#plan-run").getAttribute("disabled") != null));
        assertTrue(browser.all("input[name=pair]:not(:checked)").isEmpty(), "every pair is chosen to begin with");
        browser.check("desk-plan", "nb");
        phoneScreenshot("desk-plan-phone-nb");

        browser.activate("#plan-accept");
        browser.waitForText("#plan-accept-status", "forslag opprettet");
        Matcher created = Pattern.compile("(\\d+) forslag opprettet").matcher(browser.find("#plan-accept-status").getText());
        assertTrue(created.find());
        int n = Integer.parseInt(created.group(1));
        assertEquals(pairs, n, "all chosen pairs became proposals");
        long proposed = browser.all("#follow-table tbody tr.status-PROPOSED").size();
        assertTrue(proposed >= n, "the new proposals are in the follow-up: " + proposed);
        browser.screenshot("desk-accepted-nb");
    }

    @Order(4)
    @Test
    void aCoordinatorMovesAMatchOnWithANote() {
        openDesk("nb");
        String id = browser.find("#follow-table tbody tr.status-PROPOSED").getAttribute("id").substring("match-".length());
        browser.activate("#edit-" + id);
        browser.waitFor("#status-" + id);
        assertEquals("status-" + id, browser.active().getAttribute("id"), "focus moves into the editor");
        browser.check("desk-follow", "nb");
        // Meanwhile a colleague adds a note to the same match: saving now is a 409, explained in the form.
        colleagueAddsANote(id);
        browser.press(Keys.ARROW_DOWN);
        browser.activate("#save-" + id);
        browser.waitForText("#editor-" + id + " .form-errors", "Noen andre endret denne matchen");
        assertTrue(browser.active().getAttribute("class").contains("form-errors"), "the message gets focus");
        // The editor now holds the fresh match; the coordinator simply does it again.
        browser.tabTo("#status-" + id);
        // Down picks the first allowed next step, Kontaktet.
        browser.press(Keys.ARROW_DOWN);
        browser.type("#note-" + id, "Ringte, hun vil gjerne prøve.");
        browser.activate("#save-" + id);
        browser.waitForText("#follow-status", "Lagret");
        browser.waitUntil(d -> browser.find("#match-" + id).getText().contains("Kontaktet"));
        assertTrue(browser.find("#match-" + id).getText().contains("Ringte, hun vil gjerne prøve."));
        assertTrue(browser.find("#match-" + id).getText().contains("1,5"), "the colleague's hours are there");

        // She says no after all: the need goes back to the top of the list, marked at risk in words.
        String need = browser.find("#match-" + id + " th").getText();
        browser.activate("#edit-" + id);
        browser.waitFor("#status-" + id);
        browser.press(Keys.ARROW_DOWN, Keys.ARROW_DOWN);
        assertEquals("DECLINED", browser.find("#status-" + id).getAttribute("value"));
        browser.activate("#save-" + id);
        browser.waitUntil(d -> browser.find("#match-" + id).getText().contains("Takket nei"));
        String first = browser.find("#needs-list > li:first-child").getText();
        assertTrue(first.contains(need) && first.contains("Frivillig har sluttet eller sagt nei"),
                "the need is first and at risk: " + first);
    }

    @Order(5)
    @Test
    void aLarvikCoordinatorSeesNoVinjeNeeds() {
        logOut();
        browser.login("koordinator.larvik@example.no", PASSWORD, "nb");
        openDesk("nb");
        String needs = browser.find("#needs-list").getText();
        assertTrue(needs.contains("Gloppe"), "Larvik's needs are there: " + needs);
        assertFalse(needs.contains("Digital hjelp på frivilligsentralen") || needs.contains("Norheimstunet"),
                "no Vinje need shows for Larvik");
        assertFalse(browser.find("#follow-table").getText().contains("Vinje"), "nor Vinje's matches");
        logOut();
        browser.login(VINJE, PASSWORD, "nb");
    }

    @Order(6)
    @Test
    void anAdminPicksTheMunicipality() {
        logOut();
        browser.login("admin@example.no", PASSWORD, "nb");
        openDesk("nb");
        browser.tabTo("#municipality");
        // The options are in the server's order; End picks the last one, Vinje.
        browser.press(Keys.END);
        browser.waitForText("#needs-list", "Norheimstunet");
        assertEquals("vinje", browser.find("#municipality").getAttribute("value"));
        phoneScreenshot("desk-phone-nb");
        logOut();
        browser.login(VINJE, PASSWORD, "nb");
    }

    /** The desk at phone width: one column, the tables as blocks, no sideways scrolling of the page. */
    private static void phoneScreenshot(String name) {
        browser.driver().manage().window().setSize(new org.openqa.selenium.Dimension(400, 900));
        try {
            browser.screenshot(name);
            assertNoSidewaysScrolling();
        } finally {
            browser.driver().manage().window().setSize(new org.openqa.selenium.Dimension(1280, 1000));
        }
    }

    private static void assertNoSidewaysScrolling() {
        Long overflow = (Long) ((JavascriptExecutor) browser.driver()).executeScript(
                "return document.documentElement.scrollWidth - document.documentElement.clientWidth");
        assertTrue(overflow <= 0, "no sideways scrolling of the page: " + overflow);
    }

    private static void logOut() {
        browser.activate("#logout");
        browser.waitUntil(d -> browser.path().equals("/login.html"));
        browser.awaitReady();
    }

    private static void openDesk(String language) {
        browser.go("/coordinator.html", language);
        browser.waitUntil(d -> (Boolean) ((JavascriptExecutor) d).executeScript(
                "return document.body.classList.contains('desk-loaded')"));
    }

    private static String needIdByTitle(String title) {
        return (String) ((JavascriptExecutor) browser.driver()).executeScript(
                "const li = [...document.querySelectorAll('.desk-need')].find(e => e.querySelector('h3').textContent === arguments[0]);"
                        + " return li ? li.id.substring(5) : null;", title);
    }

    private static void colleagueAddsANote(String matchId) {
        try {
            HttpResponse<String> match = send("GET", "/api/matches/" + matchId, null);
            Matcher version = Pattern.compile("\"version\"\\s*:\\s*(\\d+)").matcher(match.body());
            assertTrue(version.find(), match.body());
            HttpResponse<String> put = send("PUT", "/api/matches/" + matchId,
                    "{\"version\": " + version.group(1) + ", \"note\": \"Kollega la igjen beskjed.\", \"hoursGiven\": 1.5}");
            assertEquals(200, put.statusCode(), put.body());
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String createNightNeed() throws Exception {
        String body = """
                {"title": "%s", "municipality": "vinje", "location": {"lat": 59.567, "lon": 7.99},
                 "schedule": [{"day": "SUNDAY", "from": "02:00", "to": "04:00"}], "startDate": "2027-01-10",
                 "volunteersNeeded": 1, "interests": ["følge"]}""".formatted(NIGHT_NEED);
        HttpResponse<String> response = send("POST", "/api/needs", body);
        assertEquals(201, response.statusCode(), response.body());
        Matcher id = Pattern.compile("\"id\"\\s*:\\s*(\\d+)").matcher(response.body());
        assertTrue(id.find(), response.body());
        return id.group(1);
    }

    private static HttpResponse<String> send(String method, String path, String json) throws IOException, InterruptedException {
        String auth = Base64.getEncoder().encodeToString((VINJE + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8));
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(site.url(path)))
                .header("Authorization", "Basic " + auth).header("Accept", "application/json");
        request = json == null ? request.method(method, HttpRequest.BodyPublishers.noBody())
                : request.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(json));
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
