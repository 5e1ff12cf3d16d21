package no.sammen.statistics.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * What is left of a match after its volunteer erased themselves: where, when and how many hours, so the
 * municipality's statistics still count them. No reference to the person and no follow-up notes.
 */
@Entity
@Table(name = "erased_match")
public class ErasedMatch {

    /** The former match's id. */
    @Id
    private Long id;

    @Column(name = "municipality_id", nullable = false)
    private Long municipalityId;

    @Column(name = "venue_id")
    private Long venueId;

    @Column(name = "need_id")
    private Long needId;

    @Column(nullable = false, length = 10)
    private String status;

    @Column(name = "hours_given", nullable = false)
    private double hoursGiven;

    @Column(name = "matched_at", nullable = false)
    private Instant matchedAt;

    @Column(name = "erased_at", nullable = false)
    private Instant erasedAt;

    protected ErasedMatch() {
        // for JPA
    }

    public ErasedMatch(Long id, Long municipalityId, Long venueId, Long needId, String status, double hoursGiven,
            Instant matchedAt, Instant erasedAt) {
        this.id = id;
        this.municipalityId = municipalityId;
        this.venueId = venueId;
        this.needId = needId;
        this.status = status;
        this.hoursGiven = hoursGiven;
        this.matchedAt = matchedAt;
        this.erasedAt = erasedAt;
    }

    public Long getId() {
        return id;
    }

    public Long getMunicipalityId() {
        return municipalityId;
    }

    public Long getVenueId() {
        return venueId;
    }

    public Long getNeedId() {
        return needId;
    }

    public String getStatus() {
        return status;
    }

    public double getHoursGiven() {
        return hoursGiven;
    }

    public Instant getMatchedAt() {
        return matchedAt;
    }

    public Instant getErasedAt() {
        return erasedAt;
    }
}
