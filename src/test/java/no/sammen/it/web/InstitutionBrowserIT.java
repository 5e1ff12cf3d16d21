package no.sammen.it.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import no.sammen.it.web.RunningSammen.Site;
import org.junit.jupiter.api.AfterAll;
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

    @BeforeAll
    static void open(Site site) {
        browser = Browser.open(site);
    }

    @AfterAll
    static void close() {
        if (browser != null) {
            browser.close();
        }
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
                "an institution cannot change a match, so there is no accept button");
        browser.screenshot("institution-proposals");
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
