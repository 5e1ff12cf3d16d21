package no.sammen.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class ViolationsTest {

    private static WindowJson window(String day, String from, String to) {
        WindowJson w = new WindowJson();
        w.day = day;
        w.from = from;
        w.to = to;
        return w;
    }

    private static List<String> fields(Violations v) {
        InvalidInput e = assertThrows(InvalidInput.class, v::throwIfAny);
        return e.errors().stream().map(FieldError::field).toList();
    }

    @Test
    void aBackwardsWindowAndABadEmailAreBothReported() {
        Violations v = new Violations();
        WindowJson.parse(v, "availability", List.of(window("TUESDAY", "14:00", "10:00")));
        v.email("email", "ikke-en-epost", false);
        assertEquals(List.of("availability[0].to", "email"), fields(v));
    }

    @Test
    void unknownDaysAndMalformedTimesNameTheirField() {
        Violations v = new Violations();
        WindowJson.parse(v, "schedule", List.of(window("TIRSDAG", "10:00", "12:00"), window("MONDAY", "25:00", "9")));
        assertEquals(List.of("schedule[0].day", "schedule[1].from", "schedule[1].to"), fields(v));
    }

    @Test
    void goodWindowsParse() {
        Violations v = new Violations();
        var windows = WindowJson.parse(v, "availability", List.of(window("tuesday", "9:30", "14:00")));
        v.throwIfAny();
        assertEquals("TUESDAY 09:30–14:00", windows.get(0).toString());
    }

    @Test
    void coordinatesOutOfRangeAreNamedPerAxis() {
        Violations v = new Violations();
        v.point("home", 95.0, 10.0, false);
        assertEquals(List.of("home.lat"), fields(v));
    }

    @Test
    void textLimitsAndRequiredFields() {
        Violations v = new Violations();
        v.requiredText("name", "  ", 10);
        v.text("about", "x".repeat(11), 10);
        assertEquals(List.of("name", "about"), fields(v));
    }

    @Test
    void languagesAreCheckedAndNormalised() {
        Violations v = new Violations();
        assertEquals(List.of("no", "pl"), v.languages("languages", List.of("nb", "nn", "pl")));
        v.languages("languages", List.of("norsk"));
        assertEquals(List.of("languages[0]"), fields(v));
    }

    @Test
    void datesAreIsoAndOrdered() {
        Violations v = new Violations();
        var from = v.date("availableFrom", "2027-03-01");
        var until = v.date("availableUntil", "2027-02-01");
        v.dateOrder("availableFrom", from, "availableUntil", until);
        v.date("startDate", "1. mars");
        List<String> fields = fields(v);
        assertTrue(fields.containsAll(List.of("availableUntil", "startDate")), fields.toString());
    }

    @Test
    void pagingRejectsNonsenseWithTheParameterNamed() {
        InvalidInput e = assertThrows(InvalidInput.class, () -> PageRequest.of("-1", "abc"));
        assertEquals(List.of("offset", "limit"), e.errors().stream().map(FieldError::field).toList());
        assertEquals(new PageRequest(0, PageRequest.DEFAULT_LIMIT), PageRequest.of(null, ""));
    }
}
