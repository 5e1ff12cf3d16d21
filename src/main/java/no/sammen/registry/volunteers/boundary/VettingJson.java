package no.sammen.registry.volunteers.boundary;

import java.util.List;

/** Dates the frivilligsentral saw on a politiattest, the signed taushetserklæring, and completed courses. */
public class VettingJson {

    public String policeCertificateCheckedOn;
    public String policeCertificateValidUntil;
    public Boolean confidentialitySigned;
    public List<CourseJson> courses;
}
