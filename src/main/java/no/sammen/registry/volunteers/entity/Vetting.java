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

    /** What the certificate was issued for, as written on it: "frivillig arbeid med barn/eldre". */
    @Column(name = "police_purpose", length = 200)
    private String policeCertificatePurpose;

    /** The username of the coordinator (or admin) who saw the certificate; set from the caller, never sent. */
    @Column(name = "police_checked_by", length = 254)
    private String policeCertificateCheckedBy;

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

    public String getPoliceCertificatePurpose() {
        return policeCertificatePurpose;
    }

    public void setPoliceCertificatePurpose(String policeCertificatePurpose) {
        this.policeCertificatePurpose = policeCertificatePurpose;
    }

    public String getPoliceCertificateCheckedBy() {
        return policeCertificateCheckedBy;
    }

    public void setPoliceCertificateCheckedBy(String policeCertificateCheckedBy) {
        this.policeCertificateCheckedBy = policeCertificateCheckedBy;
    }

    public boolean isConfidentialitySigned() {
        return confidentialitySigned;
    }

    public void setConfidentialitySigned(boolean confidentialitySigned) {
        this.confidentialitySigned = confidentialitySigned;
    }
}
