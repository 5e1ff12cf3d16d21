package no.sammen.matching.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.Instant;

/** A step in a match's history: a status change, a follow-up note, or both. */
@Embeddable
public class MatchEvent {

    @Column(name = "occurred_at", nullable = false)
    private Instant at;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", length = 10)
    private MatchStatus status;

    @Column(name = "note", length = 2000)
    private String note;

    protected MatchEvent() {
        // for JPA
    }

    public MatchEvent(Instant at, MatchStatus status, String note) {
        this.at = at;
        this.status = status;
        this.note = note;
    }

    public Instant at() {
        return at;
    }

    public MatchStatus status() {
        return status;
    }

    public String note() {
        return note;
    }
}
