package no.sammen.matching.entity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import no.sammen.platform.Conflict;
import no.sammen.platform.RegistryRecord;
import no.sammen.registry.needs.entity.Need;
import no.sammen.registry.volunteers.entity.Volunteer;

/** A volunteer paired with a need, and everything that happened to the pair since. */
@Entity
@Table(name = "volunteer_match")
public class Match extends RegistryRecord {

    @ManyToOne(optional = false)
    @JoinColumn(name = "need_id")
    private Need need;

    @ManyToOne(optional = false)
    @JoinColumn(name = "volunteer_id")
    private Volunteer volunteer;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private MatchStatus status = MatchStatus.PROPOSED;

    @Column(name = "hours_given", nullable = false)
    private double hoursGiven;

    @ElementCollection
    @CollectionTable(name = "match_event", joinColumns = @JoinColumn(name = "match_id"))
    @OrderBy("at")
    private List<MatchEvent> history = new ArrayList<>();

    protected Match() {
        // for JPA
    }

    public Match(Need need, Volunteer volunteer, String note) {
        this.need = need;
        this.volunteer = volunteer;
        history.add(new MatchEvent(Instant.now(), MatchStatus.PROPOSED, note));
    }

    /** Moves the match on; an illegal step (ENDED → ACTIVE) is a conflict with the match's state. */
    public void moveTo(MatchStatus target, String note) {
        if (target == status) {
            if (note != null) {
                history.add(new MatchEvent(Instant.now(), null, note));
            }
            return;
        }
        if (!status.canBecome(target)) {
            throw new Conflict("status", "A match cannot go from " + status + " to " + target
                    + "; allowed next: " + status.next());
        }
        status = target;
        history.add(new MatchEvent(Instant.now(), target, note));
    }

    public void addHours(double hours) {
        hoursGiven += hours;
    }

    public Need getNeed() {
        return need;
    }

    public Volunteer getVolunteer() {
        return volunteer;
    }

    public MatchStatus getStatus() {
        return status;
    }

    public double getHoursGiven() {
        return hoursGiven;
    }

    public void setHoursGiven(double hoursGiven) {
        this.hoursGiven = hoursGiven;
    }

    public List<MatchEvent> getHistory() {
        return Collections.unmodifiableList(history);
    }
}
