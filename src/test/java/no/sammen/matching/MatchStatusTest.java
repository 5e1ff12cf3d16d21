package no.sammen.matching;

import static no.sammen.matching.entity.MatchStatus.ACCEPTED;
import static no.sammen.matching.entity.MatchStatus.ACTIVE;
import static no.sammen.matching.entity.MatchStatus.CONTACTED;
import static no.sammen.matching.entity.MatchStatus.DECLINED;
import static no.sammen.matching.entity.MatchStatus.ENDED;
import static no.sammen.matching.entity.MatchStatus.PROPOSED;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import no.sammen.matching.entity.Match;
import no.sammen.platform.Conflict;
import org.junit.jupiter.api.Test;

class MatchStatusTest {

    @Test
    void theUsualLifeOfAMatchIsAllowed() {
        assertTrue(PROPOSED.canBecome(CONTACTED));
        assertTrue(CONTACTED.canBecome(ACCEPTED));
        assertTrue(ACCEPTED.canBecome(ACTIVE));
        assertTrue(ACTIVE.canBecome(ENDED));
        assertTrue(CONTACTED.canBecome(DECLINED));
        assertTrue(ACCEPTED.canBecome(DECLINED), "a pair that has not started may still be called off");
        assertFalse(ACTIVE.canBecome(DECLINED));
    }

    @Test
    void endedAndDeclinedAreFinal() {
        for (var status : values()) {
            assertFalse(ENDED.canBecome(status));
            assertFalse(DECLINED.canBecome(status));
        }
    }

    @Test
    void aProposalCannotJumpToActive() {
        assertFalse(PROPOSED.canBecome(ACTIVE));
        assertFalse(ACTIVE.canBecome(PROPOSED));
    }

    @Test
    void anIllegalStepIsAConflictAndLeavesTheMatchAsItWas() {
        Match match = new Match(null, null, "første kontakt");
        match.moveTo(DECLINED, null);
        assertThrows(Conflict.class, () -> match.moveTo(ACTIVE, null));
        assertEquals(DECLINED, match.getStatus());
        assertEquals(2, match.getHistory().size());
    }

    @Test
    void aNoteWithoutStatusChangeIsKeptInTheHistory() {
        Match match = new Match(null, null, null);
        match.moveTo(PROPOSED, "ringte, ingen svar");
        assertEquals(PROPOSED, match.getStatus());
        assertEquals("ringte, ingen svar", match.getHistory().get(1).note());
    }

    private static no.sammen.matching.entity.MatchStatus[] values() {
        return no.sammen.matching.entity.MatchStatus.values();
    }
}
