package no.sammen.registry.needs.boundary;

import java.util.List;

/** What a volunteer must have to take on a need. */
public class RequirementsJson {

    /** A politiattest valid for the whole need. */
    public Boolean policeCertificate;
    /** Courses such as demensopplæring, valid for the whole need. */
    public List<String> courses;
    /** A signed taushetserklæring. */
    public Boolean confidentiality;
}
