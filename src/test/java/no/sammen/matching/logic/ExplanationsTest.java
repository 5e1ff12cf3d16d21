package no.sammen.matching.logic;

import static no.sammen.matching.logic.Fixture.HALSEN;
import static no.sammen.matching.logic.Fixture.TODAY;
import static no.sammen.matching.logic.Fixture.need;
import static no.sammen.matching.logic.Fixture.north;
import static no.sammen.matching.logic.Fixture.vol;
import static no.sammen.matching.logic.Fixture.w;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The same suggestion explained in bokmål (the default, unchanged), nynorsk and English. */
class ExplanationsTest {

    private static final MunicipalitySettings LARVIK = MunicipalitySettings.defaults("larvik");

    /** Known to the volunteer through the same resident, 3.2 km away, free the whole Tuesday window. */
    private static List<String> reasons(Matcher matcher) {
        NeedSpec need = need("n").at(HALSEN).windows(w(DayOfWeek.TUESDAY, 10, 14)).interests("musikk").police()
                .resident("R7").end(TODAY.plusDays(30)).build();
        var v = vol("v").home(north(HALSEN, 3.2)).car(true).interests("Musikk").police(LocalDate.of(2029, 1, 10));
        // an old, ended match with the same resident: continuity, but no active assignment
        v.services.add(new VolunteerProfile.Service("old", null, null, "R7", List.of(), List.of(), false));
        return matcher.assess(need, v.build()).suggestion().reasons();
    }

    /** Half the need's time, at a venue the volunteer has been before, one active assignment. */
    private static List<String> partialReasons(Matcher matcher) {
        NeedSpec need = need("n").at(HALSEN).windows(w(DayOfWeek.TUESDAY, 10, 14), w(DayOfWeek.THURSDAY, 12, 13))
                .minOverlap(60).venue("s1", "Halsen sykehjem").build();
        var v = vol("v").home(HALSEN).car(false).free(w(DayOfWeek.TUESDAY, 12, 14), w(DayOfWeek.THURSDAY, 12, 30, 13, 0))
                .serving("other", "s1", "Halsen sykehjem", List.of(), true, w(DayOfWeek.FRIDAY, 10, 12));
        return matcher.assess(need, v.build()).suggestion().reasons();
    }

    @Test
    void withoutALanguageTheReasonsAreBokmalAsBefore() {
        Matcher matcher = new Matcher(LARVIK, TODAY);
        assertEquals(List.of("3,2 km unna", "ledig tirsdager 10–14, dekker hele behovet", "felles interesse: musikk",
                "politiattest gyldig til 10.01.2029", "har signert taushetserklæring", "har bil",
                "kjenner personen fra før", "ingen aktive oppdrag nå"), reasons(matcher));
        assertEquals(List.of("0,0 km unna", "ledig tirsdager 12–14 og torsdager 12:30–13, dekker 2,5 av 5 timer i uka",
                "har vært på Halsen sykehjem før", "har 1 aktivt oppdrag"), partialReasons(matcher));
        assertEquals("ingen kandidat oppfyller: politiattest (2), språk (1)",
                Planner.reason(0, 1, Map.of(Rule.LANGUAGE, 1, Rule.POLICE_CERTIFICATE, 2)));
        assertEquals("bare 1 kvalifisert kandidat; utelukket: avstand (3)", Planner.reason(1, 2, Map.of(Rule.DISTANCE, 3)));
    }

    @Test
    void explicitBokmalIsTheDefault() {
        assertEquals(reasons(new Matcher(LARVIK, TODAY)), reasons(new Matcher(LARVIK, TODAY, Explanations.NB)));
        assertEquals(Explanations.NB, Explanations.of(null));
        assertEquals(Explanations.NB, Explanations.of("de"));
        assertEquals(Explanations.NN, Explanations.of(" NN "));
        assertEquals(Explanations.EN, Explanations.of("en"));
    }

    @Test
    void nynorsk() {
        Matcher matcher = new Matcher(LARVIK, TODAY, Explanations.NN);
        assertEquals(List.of("3,2 km unna", "ledig tysdagar 10–14, dekkjer heile behovet", "felles interesse: musikk",
                "politiattest gyldig til 10.01.2029", "har skrive under teieplikterklæring", "har bil",
                "kjenner personen frå før", "ingen aktive oppdrag no"), reasons(matcher));
        assertEquals(List.of("0,0 km unna", "ledig tysdagar 12–14 og torsdagar 12:30–13, dekkjer 2,5 av 5 timar i veka",
                "har vore på Halsen sykehjem før", "har 1 aktivt oppdrag"), partialReasons(matcher));
        assertEquals("ingen kandidat oppfyller: politiattest (2), språk (1)",
                Planner.reason(0, 1, Map.of(Rule.LANGUAGE, 1, Rule.POLICE_CERTIFICATE, 2), Explanations.NN));
        assertEquals("berre 1 kvalifisert kandidat; utelukka: avstand (3)",
                Planner.reason(1, 2, Map.of(Rule.DISTANCE, 3), Explanations.NN));
    }

    @Test
    void english() {
        Matcher matcher = new Matcher(LARVIK, TODAY, Explanations.EN);
        assertEquals(List.of("3.2 km away", "free Tuesdays 10–14, covers the whole need", "shared interest: musikk",
                "police certificate valid until 10 Jan 2029", "has signed the confidentiality agreement", "has a car",
                "knows the person already", "no active assignments now"), reasons(matcher));
        assertEquals(List.of("0.0 km away", "free Tuesdays 12–14 and Thursdays 12:30–13, covers 2.5 of 5 hours a week",
                "has been at Halsen sykehjem before", "has 1 active assignment"), partialReasons(matcher));
        assertEquals("no candidate meets: police certificate (2), language (1)",
                Planner.reason(0, 1, Map.of(Rule.LANGUAGE, 1, Rule.POLICE_CERTIFICATE, 2), Explanations.EN));
        assertEquals("only 1 qualified candidate; excluded: distance (3)",
                Planner.reason(1, 2, Map.of(Rule.DISTANCE, 3), Explanations.EN));
    }

    @Test
    void aPlanExplainsItsUnfilledNeedsInTheMatchersLanguage() {
        NeedSpec need = need("n").police().build();
        var nobody = List.of(vol("v").build()); // no politiattest
        assertEquals("ingen kandidat oppfyller: politiattest (1)",
                new Planner(new Matcher(LARVIK, TODAY)).plan(List.of(need), nobody).unfilled().get(0).reason());
        assertEquals("no candidate meets: police certificate (1)",
                new Planner(new Matcher(LARVIK, TODAY, Explanations.EN)).plan(List.of(need), nobody).unfilled().get(0)
                        .reason());
    }

    @Test
    void everyRuleHasAllThreeLanguagesAndKeepsItsBokmal() {
        for (Rule rule : Rule.values()) {
            assertEquals(rule.label(), rule.label(Explanations.NB));
            assertEquals(rule.demand(), rule.demand(Explanations.NB));
            for (Explanations lang : Explanations.values()) {
                assertFalse(rule.label(lang).isBlank(), rule + " " + lang);
                assertFalse(rule.demand(lang).isBlank(), rule + " " + lang);
            }
        }
        assertEquals("oppfyller ikkje lenger: språk", Explanations.NN.noLongerMeets(Rule.LANGUAGE));
        assertEquals("no longer meets: hours per week", Explanations.EN.noLongerMeets(Rule.HOURS));
    }

    @Test
    void offersAreExplainedInTheAskedLanguage() {
        var offer = new OfferRanking.Offer(1, "Turgruppe", List.of("turgåing"), List.of("eldre"), true, 2.04,
                LocalDateTime.of(2026, 11, 24, 10, 0));
        assertEquals(List.of("gruppetilbud", "2,0 km unna", "felles interesse: turgåing", "for eldre",
                "neste gang tirsdag 24. november kl. 10:00"),
                OfferRanking.rank(List.of(offer), List.of("turgåing"), "eldre", 5).get(0).reasons());
        assertEquals(List.of("gruppetilbod", "2,0 km unna", "felles interesse: turgåing", "for eldre",
                "neste gong tysdag 24. november kl. 10:00"),
                OfferRanking.rank(List.of(offer), List.of("turgåing"), "eldre", 5, Explanations.NN).get(0).reasons());
        assertEquals(List.of("group offer", "2.0 km away", "shared interest: turgåing", "for eldre",
                "next time Tuesday 24 November at 10:00"),
                OfferRanking.rank(List.of(offer), List.of("turgåing"), "eldre", 5, Explanations.EN).get(0).reasons());
    }
}
