package no.sammen.registry.needs.control;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import no.sammen.registry.needs.entity.NeedStatus;

/**
 * How long a resident's contact record outlives its need: {@code days} after the need was closed (its last
 * change), by {@code clock}. Pure, so the rule is tested without a container or a wait.
 */
public record RetentionPolicy(int days, Clock clock) {

    public RetentionPolicy {
        if (days < 0) {
            throw new IllegalArgumentException("retention days must not be negative");
        }
    }

    /** Needs closed before this instant have outlived the retention period. */
    public Instant cutoff() {
        return clock.instant().minus(Duration.ofDays(days));
    }

    public boolean expired(NeedStatus status, Instant closedAt) {
        return status == NeedStatus.CLOSED && closedAt != null && closedAt.isBefore(cutoff());
    }
}
