package no.sammen.matching.logic;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What a coordinator is told about the volunteers that were not weighed for a need. */
class SuggestionsTest {

    private final Suggestions weighed = new Suggestions("n1", List.of(), 3, Map.of(Rule.TIME, 5, Rule.DISTANCE, 2));

    @Test
    void othersBeyondEveryonesTravelLimitAreExcludedForDistance() {
        Suggestions s = weighed.withOthers(40, false);
        assertEquals(Map.of(Rule.TIME, 5, Rule.DISTANCE, 42), s.excluded());
        assertEquals(0, s.notConsidered());
    }

    @Test
    void othersLeftOutByTheCandidateCapAreNotClaimedToBreakARule() {
        Suggestions s = weighed.withOthers(390_000, true);
        assertEquals(Map.of(Rule.TIME, 5, Rule.DISTANCE, 2), s.excluded());
        assertEquals(390_000, s.notConsidered());
    }

    @Test
    void noOthersChangesNothing() {
        assertEquals(weighed, weighed.withOthers(0, true));
        assertEquals(weighed, weighed.withOthers(0, false));
    }
}
