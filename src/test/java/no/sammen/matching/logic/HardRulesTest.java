package no.sammen.matching.logic;

import static java.time.DayOfWeek.THURSDAY;
import static java.time.DayOfWeek.TUESDAY;
import static no.sammen.matching.logic.Fixture.HALSEN;
import static no.sammen.matching.logic.Fixture.TODAY;
import static no.sammen.matching.logic.Fixture.need;
import static no.sammen.matching.logic.Fixture.north;
import static no.sammen.matching.logic.Fixture.vol;
import static no.sammen.matching.logic.Fixture.w;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Each hard rule at its edges. */
class HardRulesTest {

    private final Matcher larvik = new Matcher(MunicipalitySettings.defaults("larvik"), TODAY);

    private Rule rule(Fixture.NeedB n, Fixture.VolB v) {
        return larvik.assess(n.build(), v.build()).excludedBy();
    }

    @Test
    void policeCertificateMustBeValidOnTheLastDay() {
        LocalDate end = LocalDate.of(2027, 3, 31);
        Fixture.NeedB n = need("n").police().end(end);
        assertEquals(Rule.POLICE_CERTIFICATE, rule(n, vol("v").police(end.minusDays(1))));
        assertNull(rule(n, vol("v").police(end)));
        assertEquals(Rule.POLICE_CERTIFICATE, rule(n, vol("v")));
        assertNull(rule(need("n").end(end), vol("v")), "not required, not checked");
    }

    @Test
    void openEndedNeedChecksTheNext90Days() {
        Fixture.NeedB n = need("n").police();
        assertEquals(Rule.POLICE_CERTIFICATE, rule(n, vol("v").police(TODAY.plusDays(89))));
        assertNull(rule(n, vol("v").police(TODAY.plusDays(90))));
        // started in the past: from today
        Fixture.NeedB past = need("p").police().start(TODAY.minusYears(1));
        assertNull(rule(past, vol("v").police(TODAY.plusDays(90))));
        assertEquals(Rule.POLICE_CERTIFICATE, rule(past, vol("v").police(TODAY.plusDays(89))));
        // starts later: 90 days from its start
        Fixture.NeedB later = need("l").police().start(TODAY.plusDays(10));
        assertEquals(Rule.POLICE_CERTIFICATE, rule(later, vol("v").police(TODAY.plusDays(99))));
        assertNull(rule(later, vol("v").police(TODAY.plusDays(100))));
    }

    @Test
    void coursesMustBeValidThroughThePeriod() {
        LocalDate end = LocalDate.of(2027, 1, 31);
        Fixture.NeedB n = need("n").course("Demensopplæring").end(end);
        assertEquals(Rule.COURSE, rule(n, vol("v")));
        assertEquals(Rule.COURSE, rule(n, vol("v").course("demensopplæring", end.minusDays(1))));
        assertNull(rule(n, vol("v").course("demensopplæring", end)));
        assertNull(rule(n, vol("v").course("Demensopplæring", null)), "no expiry");
    }

    @Test
    void confidentialityWhenAResidentIsInvolved() {
        assertEquals(Rule.CONFIDENTIALITY, rule(need("n").resident("R1"), vol("v").confidentiality(false)));
        assertNull(rule(need("n").resident("R1"), vol("v").confidentiality(true)));
        assertNull(rule(need("n"), vol("v").confidentiality(false)));
    }

    @Test
    void confidentialityWhenTheNeedAsksForIt() {
        assertEquals(Rule.CONFIDENTIALITY, rule(need("n").confidentiality(), vol("v").confidentiality(false)));
        assertNull(rule(need("n").confidentiality(), vol("v").confidentiality(true)));
        assertTrue(larvik.assess(need("n").confidentiality().build(), vol("v").build()).suggestion().reasons()
                .contains("har signert taushetserklæring"), "and the suggestion says so");
    }

    @Test
    void aNamedResidentInvolvesAResidentEvenWithoutTheFlag() {
        NeedSpec n = need("n").residentKeyOnly("R7").build();
        assertTrue(n.involvesResident());
        assertEquals(Rule.CONFIDENTIALITY, larvik.assess(n, vol("v").confidentiality(false).build()).excludedBy());
        assertEquals(Rule.CONFIDENTIALITY, rule(need("n").residentKeyOnly("R7"), vol("v").confidentiality(false)));
        assertNull(rule(need("n").residentKeyOnly("  "), vol("v").confidentiality(false)), "a blank key names nobody");
    }

    @Test
    void everyRuleIsCountedAndExplainedInExcluded() {
        LocalDate end = TODAY.plusDays(60);
        Fixture.NeedB n = need("n").police().course("førstehjelp").resident("R1").languages("no").end(end)
                .windows(w(TUESDAY, 10, 12));
        java.util.function.Supplier<Fixture.VolB> ok = () -> vol("ok").police(end).course("Førstehjelp", null)
                .confidentiality(true).languages("nb").car(false).home(north(HALSEN, 1)).dates(TODAY, end)
                .free(w(TUESDAY, 9, 13)).maxHours(2.0);
        List<VolunteerProfile> all = List.of(
                ok.get().build(),
                ok.get().police(end.minusDays(1)).build(),
                ok.get().courses(List.of()).build(),
                ok.get().confidentiality(false).build(),
                ok.get().languages("en").build(),
                ok.get().home(north(HALSEN, 3.5)).build(),            // no car: beyond Larvik's 3 km walking radius
                ok.get().dates(TODAY, end.minusDays(1)).build(),
                ok.get().free(w(TUESDAY, 10, 11)).build(),
                ok.get().serving("old", null, null, List.of(), true, w(TUESDAY, 11, 13)).free(w(TUESDAY, 9, 13),
                        w(THURSDAY, 9, 13)).maxHours(10.0).build(),
                ok.get().maxHours(1.5).build());
        Suggestions s = larvik.suggest(n.build(), all, 10);
        assertEquals(1, s.eligible(), s.toString());
        for (Rule rule : Rule.values()) {
            assertEquals(1, s.excluded().getOrDefault(rule, 0), rule + " in " + s.excluded());
            assertFalse(rule.demand().isBlank());
        }
        assertTrue(s.ranked().get(0).reasons().contains("politiattest gyldig til "
                + end.format(java.time.format.DateTimeFormatter.ofPattern("dd.MM.yyyy"))), s.ranked().get(0).reasons().toString());
    }

    @Test
    void oneCommonLanguageNynorskIsNorwegian() {
        assertEquals(Rule.LANGUAGE, rule(need("n").languages("no"), vol("v").languages("en")));
        assertNull(rule(need("n").languages("nn"), vol("v").languages("nb")));
        assertNull(rule(need("n").languages("ar", "so"), vol("v").languages("en", "so")));
        assertNull(rule(need("n").languages(), vol("v").languages("en")), "no language given: any");
    }

    @Test
    void withoutCarTheWalkingRadiusLimits() {
        Fixture.NeedB n = need("n");
        assertNull(rule(n, vol("v").car(false).home(north(HALSEN, 2.9))));
        assertEquals(Rule.DISTANCE, rule(n, vol("v").car(false).home(north(HALSEN, 3.1))));
        assertEquals(Rule.DISTANCE, rule(n, vol("v").car(false).maxTravel(10.0).home(north(HALSEN, 3.1))),
                "own limit above the radius does not lift it");
        assertEquals(Rule.DISTANCE, rule(n, vol("v").car(false).maxTravel(2.0).home(north(HALSEN, 2.5))));
        Matcher wide = new Matcher(MunicipalitySettings.defaults("larvik").withWalkingRadiusKm(5), TODAY);
        assertNull(wide.assess(n.build(), vol("v").car(false).home(north(HALSEN, 3.1)).build()).excludedBy());
    }

    @Test
    void withCarOwnLimitOrMunicipalityDefault() {
        Fixture.NeedB n = need("n");
        assertNull(rule(n, vol("v").car(true).maxTravel(10.0).home(north(HALSEN, 9.9))));
        assertEquals(Rule.DISTANCE, rule(n, vol("v").car(true).maxTravel(10.0).home(north(HALSEN, 10.1))));
        assertNull(rule(n, vol("v").car(true).home(north(HALSEN, 29.9))), "larvik default 30 km");
        assertEquals(Rule.DISTANCE, rule(n, vol("v").car(true).home(north(HALSEN, 30.1))));
        assertEquals(Rule.DISTANCE, rule(n, vol("v").home(null)), "unknown home cannot be checked");
        assertNull(rule(need("n").at(null), vol("v").home(null)), "need without place: no travel rule");
    }

    @Test
    void availableDatesCoverTheNeed() {
        LocalDate end = TODAY.plusDays(30);
        assertNull(rule(need("n").end(end), vol("v").dates(TODAY, end)));
        assertEquals(Rule.DATES, rule(need("n").end(end), vol("v").dates(TODAY, end.minusDays(1))));
        assertEquals(Rule.DATES, rule(need("n").end(end), vol("v").dates(TODAY.plusDays(1), null)));
        // need started last year: only from today matters
        assertNull(rule(need("n").start(TODAY.minusYears(1)).end(end), vol("v").dates(TODAY, null)));
        // open-ended: 90 days
        assertNull(rule(need("n"), vol("v").dates(null, TODAY.plusDays(90))));
        assertEquals(Rule.DATES, rule(need("n"), vol("v").dates(null, TODAY.plusDays(89))));
    }

    @Test
    void wholeWindowByDefault() {
        Fixture.NeedB n = need("n").windows(w(TUESDAY, 10, 14));
        assertNull(rule(n, vol("v").free(w(TUESDAY, 10, 14))));
        assertEquals(Rule.TIME, rule(n, vol("v").free(w(TUESDAY, 10, 0, 13, 59))));
        assertEquals(Rule.TIME, rule(n, vol("v").free(w(TUESDAY, 10, 1, 14, 0))));
        // two touching availability windows together cover it
        assertNull(rule(n, vol("v").free(w(TUESDAY, 9, 12), w(TUESDAY, 12, 15))));
        // one of two need windows is enough
        Fixture.NeedB two = need("n").windows(w(TUESDAY, 10, 14), w(THURSDAY, 10, 12));
        assertNull(rule(two, vol("v").free(w(THURSDAY, 10, 12))));
    }

    @Test
    void minOverlapMinutesPerWeek() {
        Fixture.NeedB n = need("n").windows(w(TUESDAY, 10, 14), w(THURSDAY, 10, 14)).minOverlap(90);
        assertNull(rule(n, vol("v").free(w(TUESDAY, 10, 11), w(THURSDAY, 13, 30, 14, 0))));
        assertEquals(Rule.TIME, rule(n, vol("v").free(w(TUESDAY, 10, 11), w(THURSDAY, 13, 31, 14, 0))));
    }

    @Test
    void doubleBookingTouchingWindowsAllowed() {
        Fixture.NeedB n = need("n").windows(w(TUESDAY, 10, 12));
        assertNull(rule(n, vol("v").serving("old", null, null, List.of(), true, w(TUESDAY, 12, 14))));
        assertEquals(Rule.DOUBLE_BOOKING,
                rule(n, vol("v").serving("old", null, null, List.of(), true, w(TUESDAY, 11, 59, 14, 0))));
        assertNull(rule(n, vol("v").serving("old", null, null, List.of(), false, w(TUESDAY, 10, 12))),
                "ended match does not take time");
    }

    @Test
    void aVolunteerAlreadyServingANeedDoesNotClashWithThatNeed() {
        Fixture.NeedB n = need("n").windows(w(TUESDAY, 10, 12));
        VolunteerProfile serving = vol("v").serving("n", null, null, List.of(), true, w(TUESDAY, 10, 12)).build();
        assertEquals(Rule.DOUBLE_BOOKING, larvik.assess(n.build(), serving).excludedBy(), "as a new candidate: taken");
        assertNull(larvik.assess(n.build(), serving.withoutServiceFor("n")).excludedBy(),
                "explaining the match it already has: its own booking is no clash");
    }

    @Test
    void hoursPerWeekIncludeCommitments() {
        Fixture.NeedB n = need("n").windows(w(TUESDAY, 10, 12));
        Fixture.VolB v = vol("v").maxHours(4.0).serving("old", null, null, List.of(), true, w(THURSDAY, 10, 12));
        assertNull(rule(n, v));
        Fixture.VolB tight = vol("v").maxHours(3.5).serving("old", null, null, List.of(), true, w(THURSDAY, 10, 12));
        assertEquals(Rule.HOURS, rule(n, tight));
    }

    @Test
    void suggestCountsExclusionsByRule() {
        Suggestions s = larvik.suggest(need("n").police().build(), List.of(
                vol("a").police(TODAY.plusYears(2)).build(),
                vol("b").build(),
                vol("c").build(),
                vol("d").police(TODAY.plusYears(2)).languages("en").build()), 10);
        assertEquals(1, s.eligible());
        assertEquals(Map.of(Rule.POLICE_CERTIFICATE, 2, Rule.LANGUAGE, 1), s.excluded());
        assertEquals("a", s.ranked().get(0).volunteerId());
        assertTrue(s.ranked().get(0).reasons().contains("politiattest gyldig til "
                + TODAY.plusYears(2).format(java.time.format.DateTimeFormatter.ofPattern("dd.MM.yyyy"))));
    }
}
