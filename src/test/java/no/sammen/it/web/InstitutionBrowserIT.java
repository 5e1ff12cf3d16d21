package no.sammen.it.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import no.sammen.it.web.RunningSammen.Site;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

/**
 * A nursing home posts a need with its weekly schedule and requirements, by keyboard only, and sees only its own
 * venue's needs; a coordinator keeps the municipality's registry. Every page in bokmål, nynorsk and English.
 */
@ExtendWith(RunningSammen.class)
class InstitutionBrowserIT {

    private static final String PASSWORD = "sammen-demo-2026";
    private static final String INSTITUTION = "institusjon.nome@example.no";
    private static final String COORDINATOR = "koordinator.larvik@example.no";

    private static Browser browser;
    private static Site site;

    @BeforeAll
    static void open(Site running, Browser opened) {
        site = running;
        browser = opened;
    }


    /**
     * Logs out whoever is signed in, then logs in and goes on to the page: all by keyboard. (A signed-in session
     * keeps its first user on a second login, and the coordinator's home page is not part of this branch.)
     */
    private static void signIn(String username, String page, String language) {
        browser.go("/login.html", language);
        if (!browser.all("#logout").isEmpty()) {
            browser.activate("#logout");
            browser.waitUntil(d -> browser.path().equals("/login.html") && browser.all("#logout").isEmpty());
            browser.awaitReady();
        }
        browser.go("/login.html?next=" + page, language);
        browser.type("#username", username).type("#password", PASSWORD).press(Keys.ENTER);
        browser.waitUntil(d -> browser.path().equals(page));
        browser.awaitReady();
    }

    private static void openInstitution(String language) {
        signIn(INSTITUTION, "/institution.html", language);
        browser.waitUntil(d -> browser.find("#needs").getAttribute("aria-busy") == null
                && !browser.all("#needs li.need").isEmpty()
                && browser.all(".need-proposals[aria-busy]").isEmpty());
    }

    private static void openRegistry(String language) {
        signIn(COORDINATOR, "/registry.html", language);
        browser.waitUntil(d -> browser.all("#volunteers-table tbody tr").size() > 1);
    }

    private static List<String> needTitles() {
        return browser.all("#needs li.need h3").stream().map(WebElement::getText).toList();
    }

    @ParameterizedTest
    @ValueSource(strings = {"nb", "nn", "en"})
    void everyPageIsTranslatedAndAccessible(String language) {
        openInstitution(language);
        browser.check("institution", language);
        browser.activate("#new-need");
        browser.waitFor("#need-title");
        browser.check("institution-form", language);

        openRegistry(language);
        browser.check("registry", language);
        browser.activate("#volunteers-new");
        browser.waitFor("#volunteers-f-name");
        browser.check("registry-volunteer-form", language);
        browser.tabTo("#tab-volunteers").press(Keys.ARROW_RIGHT, Keys.ARROW_RIGHT);
        browser.waitFor("#venues-table");
        browser.waitUntil(d -> browser.all("#venues-table tbody tr").size() > 1);
        browser.check("registry-venues", language);
    }

    @Test
    void anInstitutionPostsANeedWithScheduleAndRequirementsByKeyboard() {
        openInstitution("nb");
        int before = needTitles().size();
        browser.activate("#new-need");
        browser.type("#need-title", "Høytlesning i dagligstua");
        browser.type("#need-description", "Les avisen eller en bok høyt for noen beboere.");
        // The week grid: the first cell with focus is Monday 09:00; Space picks it, Shift+Down paints onwards.
        browser.tabTo("#need-schedule td[tabindex='0']");
        browser.press(Keys.SPACE);
        new Actions(browser.driver()).keyDown(Keys.SHIFT).sendKeys(Keys.ARROW_DOWN, Keys.ARROW_DOWN, Keys.ARROW_DOWN)
                .keyUp(Keys.SHIFT).perform();
        browser.waitForText("#need-schedule .week-list", "mandag 09:00–11:00");
        browser.type("#need-start", "01022027");
        browser.type("#need-needed", "2");
        browser.tabTo("#need-police").press(Keys.SPACE);
        browser.type("#need-courses", "demensopplæring");
        browser.activate("#need-save");

        browser.waitForText("#needs-status", "Høytlesning i dagligstua");
        assertEquals(before + 1, needTitles().size());
        WebElement card = browser.all("#needs li.need").stream()
                .filter(c -> c.getText().contains("Høytlesning i dagligstua")).findFirst().orElseThrow();
        String text = card.getText();
        assertTrue(text.contains("mandag 09:00–11:00"), text);
        assertTrue(text.contains("Politiattest"), text);
        assertTrue(text.contains("demensopplæring"), text);
        assertTrue(text.contains("Trenger 2 frivillige"), text);
        browser.screenshot("institution-posted");

        // Reloading shows the same need: it was saved, not only drawn.
        openInstitution("nb");
        assertTrue(needTitles().stream().anyMatch(t -> t.contains("Høytlesning i dagligstua")), needTitles().toString());

        // Editing sends the version back (PUT); the schedule read from the API is in the grid again.
        browser.activate("button[aria-label='Endre «Høytlesning i dagligstua»']");
        browser.waitForText("#need-heading", "Høytlesning i dagligstua");
        assertEquals("Høytlesning i dagligstua", browser.find("#need-title").getAttribute("value"));
        browser.waitForText("#need-schedule .week-list", "mandag 09:00–11:00");
        browser.type("#need-needed", "3");
        browser.activate("#need-save");
        browser.waitForText("#needs-status", "Endringene i «Høytlesning i dagligstua» er lagret");
        browser.waitForText("#needs", "Trenger 3 frivillige");

        // Closing it keeps it in the list, marked in words.
        browser.activate("button[aria-label='Lukk behovet «Høytlesning i dagligstua»']");
        browser.waitForText("#needs-status", "Behovet «Høytlesning i dagligstua» er lukket");
        WebElement closed = browser.all("#needs li.need").stream()
                .filter(c -> c.getText().contains("Høytlesning i dagligstua")).findFirst().orElseThrow();
        assertTrue(closed.findElement(org.openqa.selenium.By.cssSelector("h3")).getText().contains("Lukket"));
    }

    @Test
    void aMissingTitleAndAnEndBeforeTheStartAreShownNextToTheFieldsAndNothingIsSaved() {
        openInstitution("nb");
        int before = needTitles().size();
        browser.activate("#new-need");
        browser.activate("#need-schedule-add");
        browser.waitForText("#need-schedule .week-list", "mandag 10:00–12:00");
        browser.type("#need-start", "01032027");
        browser.type("#need-end", "01022027");
        browser.activate("#need-save");

        browser.waitFor(".need-form .form-errors");
        assertTrue(browser.active().getAttribute("class").contains("form-errors"), "the summary gets focus");
        WebElement titleError = browser.find("#need-title").findElement(
                org.openqa.selenium.By.xpath("ancestor::div[contains(@class,'field')]/following-sibling::p[1]"));
        assertTrue(titleError.getAttribute("class").contains("field-error"));
        assertTrue(titleError.getText().contains("må fylles ut"), titleError.getText());
        WebElement endError = browser.find("#need-end").findElement(
                org.openqa.selenium.By.xpath("ancestor::div[contains(@class,'field')]/following-sibling::p[1]"));
        assertTrue(endError.getText().contains("kan ikke være før startdatoen"), endError.getText());
        assertEquals("true", browser.find("#need-title").getAttribute("aria-invalid"));
        assertEquals("true", browser.find("#need-end").getAttribute("aria-invalid"));
        browser.screenshot("institution-errors");

        openInstitution("nb");
        assertEquals(before, needTitles().size(), "nothing was saved");
    }

    @Test
    void anInstitutionSeesOnlyItsOwnVenuesNeeds() {
        openInstitution("nb");
        String venues = browser.find("#venues-line").getText();
        assertTrue(venues.contains("Nome sjukeheim"), venues);
        List<String> places = browser.all("#needs li.need .meta:first-of-type").stream().map(WebElement::getText).toList();
        assertFalse(places.isEmpty());
        places.forEach(p -> assertTrue(p.startsWith("Nome sjukeheim"), "another venue's need is listed: " + p));
        List<String> titles = needTitles();
        // Needs of other venues in the same municipality, and of other municipalities, stay out.
        assertTrue(titles.stream().noneMatch(t -> t.contains("Julekafé i Lunde")), titles.toString());
        assertTrue(titles.stream().noneMatch(t -> t.contains("Språkvenner for flyktninger")), titles.toString());
        assertTrue(titles.stream().noneMatch(t -> t.contains("Gloppe")), titles.toString());

        // On a phone the page reflows into one column (screenshot for review).
        var window = browser.driver().manage().window();
        var size = window.getSize();
        window.setSize(new org.openqa.selenium.Dimension(400, 900));
        browser.screenshot("institution-phone");
        window.setSize(size);
    }

    @Test
    void proposalsShowAFirstNameUntilTheVolunteerSaidYesThenTheContactDetails() {
        signIn("institusjon.larvik@example.no", "/institution.html", "nb");
        browser.waitUntil(d -> !browser.all("#needs li.need").isEmpty()
                && browser.all(".need-proposals[aria-busy]").isEmpty());
        WebElement need = browser.all("#needs li.need").stream()
                .filter(c -> c.getText().contains("Følgevenner til trim og matservering på Gloppe")).findFirst().orElseThrow();
        List<WebElement> proposals = need.findElements(org.openqa.selenium.By.cssSelector("li.proposal"));
        WebElement active = proposals.stream().filter(p -> p.getText().startsWith("Astrid")).findFirst().orElseThrow();
        WebElement proposed = proposals.stream().filter(p -> p.getText().startsWith("Reidun")).findFirst().orElseThrow();
        assertTrue(active.getText().contains("Astrid Kleven"), "the volunteer said yes: full name and phone");
        assertTrue(active.getText().contains("+47 400 02 002"), active.getText());
        assertFalse(proposed.getText().contains("Bakke"), "only the first name before the volunteer says yes");
        assertTrue(proposed.getText().contains("Kontaktinformasjon vises når den frivillige har sagt ja"), proposed.getText());
        assertTrue(proposed.getText().contains("Den frivillige svarer ja eller nei"), "says who acts next");
        assertTrue(browser.all("#needs button").stream().noneMatch(b -> b.getText().contains("Godta")),
                "the volunteer answers for themselves, so there is no accept button");
        assertTrue(proposed.findElements(org.openqa.selenium.By.cssSelector("button.confirm-match")).isEmpty(),
                "nobody to take in before the volunteer has said yes");
        assertFalse(proposed.findElements(org.openqa.selenium.By.cssSelector("button.decline-match")).isEmpty(),
                "but the institution may say that the proposal does not suit");
        assertTrue(active.findElements(org.openqa.selenium.By.cssSelector("button")).isEmpty(), "nothing to do once under way");
        browser.screenshot("institution-proposals");
    }

    @Test
    void anInstitutionTakesInTheVolunteerWhoSaidYesAndDeclinesAnotherByKeyboard() throws Exception {
        // The coordinator proposes two Larvik volunteers for the kitchen need at Gloppe; the first says yes.
        String coordinator = "koordinator.larvik@example.no";
        long need = call(coordinator, "GET", "/api/needs?municipality=larvik&limit=200", null).getJsonArray("items").stream()
                .map(n -> n.asJsonObject()).filter(n -> n.getString("title").equals("Kjøkkenhjelp til matserveringen på Gloppe"))
                .findFirst().orElseThrow().getJsonNumber("id").longValue();
        long yesVolunteer = call("frivillig.larvik@example.no", "GET", "/api/auth/me", null).getJsonNumber("volunteer").longValue();
        long otherVolunteer = call(coordinator, "GET", "/api/volunteers?municipality=larvik&limit=10", null)
                .getJsonArray("items").stream().map(v -> v.asJsonObject().getJsonNumber("id").longValue())
                .filter(id -> id != yesVolunteer).reduce((a, b) -> b).orElseThrow();
        JsonObject yes = call(coordinator, "POST", "/api/matches", "{\"need\": " + need + ", \"volunteer\": " + yesVolunteer + "}");
        JsonObject other = call(coordinator, "POST", "/api/matches", "{\"need\": " + need + ", \"volunteer\": " + otherVolunteer + "}");
        call("frivillig.larvik@example.no", "PUT", "/api/matches/" + yes.getInt("id"),
                "{\"version\": " + yes.getInt("version") + ", \"status\": \"ACCEPTED\"}");
        String yesItem = "#proposal-" + yes.getInt("id");
        String otherItem = "#proposal-" + other.getInt("id");

        signIn("institusjon.larvik@example.no", "/institution.html", "nb");
        browser.waitUntil(d -> !browser.all(yesItem).isEmpty() && browser.all(".need-proposals[aria-busy]").isEmpty());
        assertTrue(browser.find(yesItem).getText().contains("trykk «Ta imot»"), "says who acts next");
        browser.screenshot("institution-confirm-before");

        // «Ta imot»: the status changes to «I gang», and the page says so in the status line.
        browser.activate("#confirm-match-" + yes.getInt("id"));
        browser.waitForText("#needs-status", "Dere har tatt imot");
        browser.waitUntil(d -> !browser.all(yesItem + " .badge.status-active").isEmpty());
        assertEquals("I gang", browser.find(yesItem + " .badge").getText());
        assertTrue(browser.all(yesItem + " button").isEmpty(), "nothing more to do");
        assertEquals("ACTIVE", call(coordinator, "GET", "/api/matches/" + yes.getInt("id"), null).getString("status"));

        // «Passer ikke» asks first; Escape goes back, then a note and the confirm button by keyboard.
        browser.activate("#decline-match-" + other.getInt("id"));
        assertEquals("decline-note-" + other.getInt("id"), browser.active().getAttribute("id"), "focus in the note field");
        browser.press(Keys.ESCAPE);
        assertEquals("decline-match-" + other.getInt("id"), browser.active().getAttribute("id"), "back on the button");
        browser.activate("#decline-match-" + other.getInt("id"));
        browser.type("#decline-note-" + other.getInt("id"), "Vi trenger noen på tirsdager");
        browser.screenshot("institution-decline-confirm");
        browser.activate("#decline-yes-" + other.getInt("id"));
        browser.waitForText("#needs-status", "ikke passer");
        browser.waitUntil(d -> !browser.all(otherItem + " .badge.status-declined").isEmpty());
        assertEquals("Avslått", browser.find(otherItem + " .badge").getText());
        JsonObject declined = call(coordinator, "GET", "/api/matches/" + other.getInt("id"), null);
        assertEquals("DECLINED", declined.getString("status"));
        assertTrue(declined.toString().contains("Vi trenger noen på tirsdager"), declined.toString());
        browser.screenshot("institution-confirmed");
    }

    /** The API with HTTP Basic, as the given seed account; the answer must be a 2xx JSON object. */
    private static JsonObject call(String username, String method, String path, String json) throws Exception {
        String auth = Base64.getEncoder().encodeToString((username + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8));
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(site.url(path)))
                .header("Authorization", "Basic " + auth).header("Accept", "application/json");
        request = json == null ? request.method(method, HttpRequest.BodyPublishers.noBody())
                : request.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(json));
        HttpResponse<String> response = HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
        assertTrue(response.statusCode() / 100 == 2, method + " " + path + ": " + response.statusCode() + " " + response.body());
        try (var reader = Json.createReader(new StringReader(response.body()))) {
            return reader.readObject();
        }
    }

    @Test
    void aCoordinatorAddsAndEditsAnOrganisationAndSeesOnlyLarviksVolunteers() {
        openRegistry("nb");
        String volunteers = browser.find("#volunteers-table tbody").getText();
        assertTrue(volunteers.contains("Agnieszka Nowak"), "a Larvik volunteer is listed");
        assertFalse(volunteers.contains("Ahmed Nur Abdi"), "a Vinje volunteer is not");
        browser.waitForText("#volunteers-status", "av 34");

        browser.tabTo("#tab-volunteers").press(Keys.ARROW_RIGHT);
        browser.waitUntil(d -> browser.all("#organisations-table tbody tr").size() > 1);
        assertEquals("true", browser.find("#tab-organisations").getAttribute("aria-selected"));
        browser.activate("#organisations-new");
        browser.type("#organisations-f-name", "Larvik turlag");
        browser.tabTo("#organisations-f-kind").press("Idrett");
        browser.type("#organisations-f-contactName", "Kari Nordmann");
        browser.type("#organisations-f-phone", "+47 400 00 000");
        browser.activate("#organisations-save");
        browser.waitForText("#organisations-status", "Larvik turlag er lagt til");
        browser.waitForText("#organisations-table tbody", "Larvik turlag");
        assertTrue(browser.find("#organisations-table tbody").getText().contains("Idrettslag"));

        browser.activate("button[aria-label='Endre Larvik turlag']");
        browser.waitFor("#organisations-f-name");
        assertEquals("Larvik turlag", browser.find("#organisations-f-name").getAttribute("value"));
        browser.type("#organisations-f-name", "Larvik turlag og friluftslag");
        browser.activate("#organisations-save");
        browser.waitForText("#organisations-status", "Endringene i Larvik turlag og friluftslag er lagret");
        browser.waitForText("#organisations-table tbody", "Larvik turlag og friluftslag");
        browser.screenshot("registry-organisation-saved");

        // Deleting asks first, in the row; the confirm button gets focus so Enter confirms.
        browser.activate("button[aria-label='Slett Larvik turlag og friluftslag']");
        assertTrue(browser.active().getText().contains("Ja, slett"), browser.active().getText());
        browser.press(Keys.ENTER);
        browser.waitForText("#organisations-status", "Larvik turlag og friluftslag er slettet");
        assertFalse(browser.find("#organisations-table tbody").getText().contains("Larvik turlag"));

        // Saving without a name shows the error next to the name field.
        browser.activate("#organisations-new");
        browser.activate("#organisations-save");
        browser.waitFor("#organisations-form .field-error");
        assertEquals("true", browser.find("#organisations-f-name").getAttribute("aria-invalid"));
        browser.activate("#organisations-cancel");
    }
}
