package no.sammen.matching.logic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class OfferRankingTest {

    private static OfferRanking.Offer offer(long id, List<String> interests, boolean group, double km) {
        return new OfferRanking.Offer(id, "tilbud " + id, interests, List.of("eldre"), group, km,
                LocalDateTime.of(2026, 11, 24, 10, 0));
    }

    @Test
    void groupOffersComeBeforeOneToOneHelpWhenBothFit() {
        var oneToOne = offer(1, List.of("turgåing"), false, 0.5);
        var group = offer(2, List.of("turgåing"), true, 2.5);
        var ranked = OfferRanking.rank(List.of(oneToOne, group), List.of("tur"), "eldre", 5);
        assertEquals(List.of(2L, 1L), ranked.stream().map(r -> r.offer().id()).toList());
    }

    @Test
    void whatFitsComesBeforeWhatIsMerelyNear() {
        var nearButOff = offer(1, List.of("dans"), true, 0.2);
        var fitting = offer(2, List.of("musikk", "sang"), true, 4.0);
        var ranked = OfferRanking.rank(List.of(nearButOff, fitting), List.of("musikk"), null, 5);
        assertEquals(2L, ranked.get(0).offer().id());
        assertTrue(ranked.get(0).fits());
    }

    @Test
    void explanationsSayWhyInNorwegian() {
        var ranked = OfferRanking.rank(List.of(offer(1, List.of("turgåing"), true, 2.04)), List.of("turgåing"), "eldre", 5);
        List<String> reasons = ranked.get(0).reasons();
        assertTrue(reasons.contains("gruppetilbud"), reasons.toString());
        assertTrue(reasons.contains("2,0 km unna"), reasons.toString());
        assertTrue(reasons.contains("felles interesse: turgåing"), reasons.toString());
        assertTrue(reasons.stream().anyMatch(r -> r.startsWith("neste gang tirsdag")), reasons.toString());
    }

    @Test
    void nearerWinsAmongEqualFits() {
        var far = offer(1, List.of("kafé"), true, 8);
        var near = offer(2, List.of("kafé"), true, 1);
        assertEquals(2L, OfferRanking.rank(List.of(far, near), List.of("kafé"), null, 5).get(0).offer().id());
    }
}
