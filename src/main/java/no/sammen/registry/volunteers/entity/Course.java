package no.sammen.registry.volunteers.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.LocalDate;

/** A completed course (demensopplæring, aktivitetsvenn-kurs) and until when it counts. */
@Embeddable
public class Course {

    @Column(name = "name", nullable = false, length = 100)
    private String name;

    @Column(name = "completed_on")
    private LocalDate completedOn;

    @Column(name = "valid_until")
    private LocalDate validUntil;

    protected Course() {
        // for JPA
    }

    public Course(String name, LocalDate completedOn, LocalDate validUntil) {
        this.name = name;
        this.completedOn = completedOn;
        this.validUntil = validUntil;
    }

    public String name() {
        return name;
    }

    public LocalDate completedOn() {
        return completedOn;
    }

    public LocalDate validUntil() {
        return validUntil;
    }

    public boolean isValidOn(LocalDate date) {
        return validUntil == null || !validUntil.isBefore(date);
    }
}
