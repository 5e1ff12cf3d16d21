package no.sammen.it.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.Keys;

/** Logging in and out, and the language switcher, with the keyboard only. */
@ExtendWith(RunningSammen.class)
class LoginBrowserIT {

    private static Browser browser;

    @BeforeAll
    static void open(Browser opened) {
        browser = opened;
    }


    @ParameterizedTest
    @ValueSource(strings = {"nb", "nn", "en"})
    void theLoginPageIsTranslatedAndAccessible(String language) {
        browser.go("/login.html", language).check("login", language);
        assertEquals(language, browser.find("html").getAttribute("lang"));
        assertTrue(browser.all("#logout").isEmpty(), "nobody is signed in, so there is no log-out button");
    }

    @Test
    void aWrongPasswordSaysSoNextToTheFormAndKeepsTheUserOnThePage() {
        browser.go("/login.html", "nb").type("#username", "koordinator.vinje@example.no").type("#password", "feil-passord-her")
                .press(Keys.ENTER);
        browser.waitForText(".form-errors", "Feil e-post eller passord");
        assertEquals("/login.html", browser.path());
        assertTrue(browser.active().getAttribute("class").contains("form-errors"), "the message gets focus");
    }

    @Test
    void aVolunteerLogsInAndOutWithTheKeyboard() {
        browser.go("/login.html?next=/", "nb").type("#username", "frivillig.nome@example.no")
                .type("#password", "sammen-demo-2026").press(Keys.ENTER);
        browser.waitUntil(d -> browser.path().equals("/"));
        browser.awaitReady();
        browser.waitForText("#site-header", "frivillig.nome@example.no");
        browser.activate("#logout");
        browser.waitUntil(d -> browser.path().equals("/login.html"));
        browser.awaitReady();
        assertTrue(browser.find("#logged-out").isDisplayed());
    }

    @Test
    void theLanguageSwitcherChangesEveryText() {
        browser.go("/login.html", "nb");
        browser.tabTo("#language");
        // Select "English" with the keyboard: the select is focused, End picks the last option.
        browser.press(Keys.END);
        browser.waitUntil(d -> "en".equals(browser.find("html").getAttribute("lang")));
        browser.awaitReady();
        assertEquals("Log in", browser.find("h1").getText());
        browser.go("/login.html", "nb");
    }
}
