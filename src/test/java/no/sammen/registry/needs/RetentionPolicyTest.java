package no.sammen.registry.needs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import no.sammen.registry.needs.control.RetentionPolicy;
import no.sammen.registry.needs.entity.NeedStatus;
import org.junit.jupiter.api.Test;

class RetentionPolicyTest {

    private static final Instant NOW = Instant.parse("2026-11-22T12:00:00Z");
    private final RetentionPolicy ninetyDays = new RetentionPolicy(90, Clock.fixed(NOW, ZoneOffset.UTC));

    @Test
    void aClosedNeedsResidentIsKeptForTheWholeRetentionPeriod() {
        assertEquals(NOW.minus(Duration.ofDays(90)), ninetyDays.cutoff());
        assertFalse(ninetyDays.expired(NeedStatus.CLOSED, NOW.minus(Duration.ofDays(89))));
        assertFalse(ninetyDays.expired(NeedStatus.CLOSED, NOW.minus(Duration.ofDays(90))), "not a moment early");
        assertTrue(ninetyDays.expired(NeedStatus.CLOSED, NOW.minus(Duration.ofDays(90)).minusSeconds(1)));
    }

    @Test
    void openAndFilledNeedsKeepTheirResidentHoweverOld() {
        Instant longAgo = NOW.minus(Duration.ofDays(3650));
        assertFalse(ninetyDays.expired(NeedStatus.OPEN, longAgo));
        assertFalse(ninetyDays.expired(NeedStatus.FILLED, longAgo));
        assertFalse(ninetyDays.expired(NeedStatus.CLOSED, null));
    }

    @Test
    void theClockDecides() {
        Instant closed = NOW.minus(Duration.ofDays(10));
        assertFalse(ninetyDays.expired(NeedStatus.CLOSED, closed));
        RetentionPolicy later = new RetentionPolicy(90, Clock.offset(Clock.fixed(NOW, ZoneOffset.UTC), Duration.ofDays(81)));
        assertTrue(later.expired(NeedStatus.CLOSED, closed));
        assertTrue(new RetentionPolicy(0, Clock.fixed(NOW, ZoneOffset.UTC)).expired(NeedStatus.CLOSED, NOW.minusSeconds(1)));
        assertThrows(IllegalArgumentException.class, () -> new RetentionPolicy(-1, Clock.systemUTC()));
    }
}
