package no.sammen.matching.entity;

import java.util.EnumSet;
import java.util.Set;

/**
 * The life of a match: proposed by the coordinator (or the planner), the volunteer is contacted, says yes or
 * no, the pair starts, and at some point ends. A volunteer may answer a proposal directly. A pair that has not
 * started yet may still be called off (ACCEPTED → DECLINED), e.g. by the institution when it does not suit them.
 */
public enum MatchStatus {
    PROPOSED, CONTACTED, ACCEPTED, DECLINED, ACTIVE, ENDED;

    public Set<MatchStatus> next() {
        return switch (this) {
            case PROPOSED -> EnumSet.of(CONTACTED, ACCEPTED, DECLINED);
            case CONTACTED -> EnumSet.of(ACCEPTED, DECLINED);
            case ACCEPTED -> EnumSet.of(ACTIVE, ENDED, DECLINED);
            case ACTIVE -> EnumSet.of(ENDED);
            case DECLINED, ENDED -> EnumSet.noneOf(MatchStatus.class);
        };
    }

    public boolean canBecome(MatchStatus target) {
        return next().contains(target);
    }

    /** Statuses in which the volunteer's time is taken. */
    public boolean bindsVolunteer() {
        return this == ACCEPTED || this == ACTIVE;
    }

    public static MatchStatus parse(String text) {
        for (MatchStatus status : values()) {
            if (status.name().equalsIgnoreCase(text.strip())) {
                return status;
            }
        }
        return null;
    }
}
