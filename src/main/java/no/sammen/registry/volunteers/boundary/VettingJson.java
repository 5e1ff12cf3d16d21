package no.sammen.registry.volunteers.boundary;

import java.util.List;

/** Dates the frivilligsentral saw on a politiattest, the signed taushetserklæring, and completed courses. */
public class VettingJson {

    public String policeCertificateCheckedOn;
    public String policeCertificateValidUntil;
    /** What the certificate was issued for, e.g. "frivillig arbeid med barn/eldre". */
    public String policeCertificatePurpose;
    /** Read-only: the coordinator who recorded the certificate; the server sets it from the caller. */
    public String policeCertificateCheckedBy;
    public Boolean confidentialitySigned;
    public List<CourseJson> courses;
}
