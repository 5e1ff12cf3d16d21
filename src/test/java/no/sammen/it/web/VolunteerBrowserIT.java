package no.sammen.it.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import no.sammen.it.Api;
import no.sammen.it.web.RunningSammen.Site;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.Keys;

/**
 * The volunteer's journey with the keyboard only: sign up with a weekly availability, find it on "Min side",
 * say yes to a proposal from the frivilligsentral, take the data away as a file, and leave. Plus what a wrong
 * sign-up shows, and both pages in bokmål, nynorsk and English.
 */
@ExtendWith(RunningSammen.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class VolunteerBrowserIT {

    /**
     * Self-registration (POST /api/auth/register) comes from the accounts branch. Were it ever missing, set this to
     * false: the journey then starts from the seed volunteer of Porsgrunn, and the sign-up tests are skipped.
     */
    static final boolean REGISTRATION = Boolean.parseBoolean(System.getProperty("sammen.it.registration", "true"));

    private static final String NAME = "Kari Testesen";
    private static final String EMAIL = "kari.testesen@example.no";
    private static final String PASSWORD = "blåbær og tyttebær";
    private static final String SEED_VOLUNTEER = "frivillig.porsgrunn@example.no";

    private static Browser browser;
    private static Site site;

    @BeforeAll
    static void open(Site running, Browser opened) {
        site = running;
        browser = opened;
    }


    private static Api coordinator() {
        return new Api(site.base()).as("koordinator.porsgrunn@example.no");
    }

    private static void logoutIfSignedIn() {
        if (!browser.all("#logout").isEmpty()) {
            browser.activate("#logout");
            browser.waitUntil(d -> browser.path().equals("/login.html"));
            browser.awaitReady();
        }
    }

    @ParameterizedTest
    @Order(1)
    @ValueSource(strings = {"nb", "nn", "en"})
    void theRegistrationPageIsTranslatedAndAccessible(String language) {
        browser.go("/register.html", language);
        browser.waitFor("#register-form:not([aria-busy]) #interest-checks input");
        browser.check("register", language);
    }

    @Test
    @Order(2)
    void aBadEmailAndAShortPasswordAreShownAtThoseFieldsAndNothingIsCreated() {
        org.junit.jupiter.api.Assumptions.assumeTrue(REGISTRATION, "registration is switched off");
        browser.go("/register.html", "nb");
        browser.waitFor("#register-form:not([aria-busy]) #interest-checks input");
        browser.type("#username", "ikke-en-adresse").type("#password", "kort").type("#name", "Feil Feilesen");
        browser.tabTo("#municipality").press("Porsgrunn");
        browser.activate("#register-submit");
        browser.waitFor(".form-errors");
        String usernameError = errorFor("username");
        String passwordError = errorFor("password");
        assertTrue(usernameError.contains("e-postadresse"), usernameError);
        assertTrue(passwordError.contains("10 tegn"), passwordError);
        assertEquals("true", browser.find("#username").getAttribute("aria-invalid"));
        assertEquals("true", browser.find("#password").getAttribute("aria-invalid"));
        assertEquals("/register.html", browser.path());
        assertTrue(browser.active().getAttribute("class").contains("form-errors"), "the summary gets focus");
        browser.screenshot("register-errors-nb");
        String all = coordinator().get("/api/volunteers?municipality=porsgrunn&limit=500").ok().body();
        assertFalse(all.contains("Feil Feilesen"), "a refused sign-up leaves no volunteer behind");
    }

    /** The error text shown right after the field (inside its .field wrapper's next sibling). */
    private static String errorFor(String id) {
        String describedBy = browser.find("#" + id).getAttribute("aria-describedby");
        String errorId = java.util.Arrays.stream(describedBy.split(" ")).filter(s -> s.startsWith("error-")).findFirst()
                .orElseThrow(() -> new AssertionError("no error linked to #" + id));
        return browser.find("#" + errorId).getText();
    }

    @Test
    @Order(3)
    void aVolunteerSignsUpAcceptsAProposalExportsTheirDataAndLeaves() {
        if (REGISTRATION) {
            signUp();
        } else {
            browser.login(SEED_VOLUNTEER, Api.SEED_PASSWORD, "nb");
            editAvailabilityOnMinSide();
        }
        assertEquals("/volunteer.html", browser.path());
        browser.waitForText("#availability .week-list", "tirsdag 09:00–11:00");
        browser.waitForText("#availability .week-list", "torsdag 10:00–12:00");

        // The frivilligsentral proposes an open need in their municipality.
        JsonObject me = (JsonObject) jsonOf(fetchInPage("/api/auth/me"));
        long volunteer = me.getJsonNumber("volunteer").longValue();
        Api coordinator = coordinator();
        String name = coordinator.get("/api/volunteers/" + volunteer).ok().object().getString("name");
        if (REGISTRATION) {
            assertEquals(NAME, name);
        }
        long need = coordinator.get("/api/needs?municipality=porsgrunn&status=OPEN&limit=1").ok().object()
                .getJsonArray("items").getJsonObject(0).getJsonNumber("id").longValue();
        JsonObject match = coordinator.post("/api/matches",
                "{\"need\": " + need + ", \"volunteer\": " + volunteer + ", \"note\": \"Passer dette for deg?\"}")
                .expect(201).object();
        long matchId = match.getJsonNumber("id").longValue();

        browser.go("/volunteer.html", "nb");
        browser.waitFor("#accept-" + matchId);
        browser.check("volunteer", "nb");
        browser.activate("#accept-" + matchId);
        browser.waitForText("#proposals-status", "Du har sagt ja");
        browser.waitFor("#matches #match-" + matchId);
        assertEquals("ACCEPTED", browser.find("#matches #match-" + matchId).getAttribute("data-status"));
        assertTrue(browser.find("#matches #match-" + matchId).getText().contains("Du har sagt ja"));
        assertEquals("ACCEPTED", coordinator.get("/api/matches/" + matchId).ok().object().getString("status"));
        browser.screenshot("volunteer-accepted-nb");

        // Their data as a JSON file.
        browser.activate("#export");
        browser.waitForText("#export-status", "Filen er klar");
        String exported = fetchInPage(browser.find("#export-link").getAttribute("href"));
        JsonObject data = (JsonObject) jsonOf(exported);
        assertEquals(name, data.getJsonObject("profile").getString("name"));
        assertTrue(data.getJsonArray("matches").stream()
                .anyMatch(m -> m.asJsonObject().getJsonNumber("id").longValue() == matchId), "the export has the match");

        // Changing the week on Min side; first after the frivilligsentral saved the profile in between.
        browser.go("/volunteer.html", "nb");
        browser.waitFor("#profile-form:not([aria-busy])");
        JsonObject profile = coordinator.get("/api/volunteers/" + volunteer).ok().object();
        coordinator.put("/api/volunteers/" + volunteer, jakarta.json.Json.createObjectBuilder(profile)
                .add("about", "Ringt av frivilligsentralen.").build().toString()).ok();
        removeThursdayAndSave();
        browser.waitForText("#profile-form .form-errors", "Noen andre har endret dette");
        browser.go("/volunteer.html", "nb");
        browser.waitFor("#profile-form:not([aria-busy])");
        removeThursdayAndSave();
        browser.waitForText("#profile-status", "Profilen er lagret");
        String saved = coordinator.get("/api/volunteers/" + volunteer).ok().object().getJsonArray("availability").toString();
        assertTrue(saved.contains("TUESDAY") && !saved.contains("THURSDAY"), saved);

        // The other languages of the same page, with real data on it.
        browser.go("/volunteer.html", "nn");
        browser.waitFor("#matches #match-" + matchId);
        browser.check("volunteer", "nn");
        browser.go("/volunteer.html", "en");
        browser.waitFor("#matches #match-" + matchId);
        browser.check("volunteer", "en");

        if (REGISTRATION) {
            // Leaving: a second, deliberate step in a dialog; then the login is gone.
            browser.go("/volunteer.html", "nb");
            browser.waitFor("#profile-form:not([aria-busy])");
            browser.activate("#delete");
            browser.waitFor("#delete-dialog[open]");
            assertEquals("delete-cancel", browser.active().getAttribute("id"), "the safe choice has focus");
            browser.screenshot("volunteer-delete-dialog-nb");
            browser.press(Keys.TAB);
            assertEquals("delete-confirm", browser.active().getAttribute("id"));
            browser.press(Keys.ENTER);
            browser.waitUntil(d -> browser.path().equals("/login.html"));
            browser.awaitReady();
            assertEquals(404, coordinator.get("/api/volunteers/" + volunteer).status());
            assertEquals(401, new Api(site.base()).post("/api/auth/login",
                    "{\"username\": \"" + EMAIL + "\", \"password\": \"" + PASSWORD + "\"}").status());
        } else {
            logoutIfSignedIn();
        }
    }

    /** What the page itself gets from a URL (its session, or a blob: link it made). */
    private static String fetchInPage(String url) {
        return (String) ((org.openqa.selenium.JavascriptExecutor) browser.driver()).executeAsyncScript(
                "const done = arguments[1]; fetch(arguments[0]).then(r => r.text()).then(done, e => done('ERROR ' + e))",
                url);
    }

    private static JsonValue jsonOf(String text) {
        try (var reader = jakarta.json.Json.createReader(new java.io.StringReader(text))) {
            return reader.readValue();
        }
    }

    /** Fills in "Bli frivillig" by keyboard: a half-hour painted in the week grid, a window from the add fields. */
    private static void signUp() {
        logoutIfSignedIn();
        browser.go("/register.html", "nb");
        browser.waitFor("#register-form:not([aria-busy]) #interest-checks input");
        browser.type("#username", EMAIL).type("#password", PASSWORD).type("#name", NAME).type("#phone", "+47 912 34 567");
        browser.tabTo("#municipality").press("Porsgrunn");
        browser.waitFor("#area:not([disabled]) option:nth-child(2)");
        browser.tabTo("#area").press(Keys.ARROW_DOWN);
        // Interests: tick the first two with the space bar.
        browser.tabTo("#interest-checks input").press(Keys.SPACE);
        browser.press(Keys.TAB).press(Keys.SPACE);
        paintTuesdayMorning();
        addThursday();
        browser.tabTo("#hasCar").press(Keys.SPACE);
        browser.type("#maxTravelKm", "5");
        browser.screenshot("register-filled-nb");
        browser.activate("#register-submit");
        browser.waitUntil(d -> browser.path().equals("/volunteer.html"));
        browser.awaitReady();
        browser.waitFor("#welcome");
        browser.waitFor("#profile-form:not([aria-busy])");
    }

    /** The grid starts at Monday 09:00: right to Tuesday, space, then Shift+Down three times → 09:00–11:00. */
    private static void paintTuesdayMorning() {
        browser.tabTo("#availability td[tabindex='0']");
        browser.press(Keys.ARROW_RIGHT).press(Keys.SPACE);
        for (int i = 0; i < 3; i++) {
            // Shift held down while the arrow is pressed (a chord string does not reach the page as shiftKey).
            new org.openqa.selenium.interactions.Actions(browser.driver())
                    .keyDown(Keys.SHIFT).sendKeys(Keys.ARROW_DOWN).keyUp(Keys.SHIFT).perform();
        }
        browser.waitForText("#availability .week-list", "tirsdag 09:00–11:00");
    }

    /** The add fields: Thursday by typing its name in the day list, the default 10:00–12:00, then the button. */
    private static void addThursday() {
        browser.tabTo("#availability-day").press("torsdag");
        browser.activate("#availability-add");
        browser.waitForText("#availability .week-list", "torsdag 10:00–12:00");
    }

    private static void removeThursdayAndSave() {
        browser.activate("#availability button[aria-label='Fjern torsdag 10:00–12:00']");
        browser.waitUntil(d -> !browser.find("#availability .week-list").getText().contains("torsdag"));
        browser.activate("#profile-save");
    }

    /** Without registration: the seed volunteer sets the same two windows on Min side and saves. */
    private static void editAvailabilityOnMinSide() {
        browser.waitFor("#profile-form:not([aria-busy])");
        ((org.openqa.selenium.JavascriptExecutor) browser.driver()).executeScript("window.scrollTo(0, 0)");
        paintTuesdayMorning();
        addThursday();
        browser.activate("#profile-save");
        browser.waitForText("#profile-status", "Profilen er lagret");
    }
}
