package no.sammen.registry.volunteers.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.LocalDate;

/**
 * What the frivilligsentral has seen: when a politiattest was checked and until when it is valid, and whether
 * a taushetserklæring is signed. The certificate itself is never stored.
 */
@Embeddable
public class Vetting {

    @Column(name = "police_checked_on")
    private LocalDate policeCertificateCheckedOn;

    @Column(name = "police_valid_until")
    private LocalDate policeCertificateValidUntil;

    @Column(name = "confidentiality_signed", nullable = false)
    private boolean confidentialitySigned;

    public boolean hasPoliceCertificateValidThrough(LocalDate date) {
        return policeCertificateValidUntil != null && !policeCertificateValidUntil.isBefore(date);
    }

    public LocalDate getPoliceCertificateCheckedOn() {
        return policeCertificateCheckedOn;
    }

    public void setPoliceCertificateCheckedOn(LocalDate policeCertificateCheckedOn) {
        this.policeCertificateCheckedOn = policeCertificateCheckedOn;
    }

    public LocalDate getPoliceCertificateValidUntil() {
        return policeCertificateValidUntil;
    }

    public void setPoliceCertificateValidUntil(LocalDate policeCertificateValidUntil) {
        this.policeCertificateValidUntil = policeCertificateValidUntil;
    }

    public boolean isConfidentialitySigned() {
        return confidentialitySigned;
    }

    public void setConfidentialitySigned(boolean confidentialitySigned) {
        this.confidentialitySigned = confidentialitySigned;
    }
}
