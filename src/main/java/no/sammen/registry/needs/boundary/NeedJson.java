package no.sammen.registry.needs.boundary;

import java.time.LocalDate;
import java.util.List;
import no.sammen.platform.PointJson;
import no.sammen.platform.RecordJson;
import no.sammen.platform.Ref;
import no.sammen.platform.WindowJson;
import no.sammen.registry.needs.entity.Need;

public class NeedJson extends RecordJson {

    public String title;
    public String description;
    public Ref municipality;
    public Ref area;
    public String areaName;
    public Ref venue;
    public String venueName;
    /** Where the help is needed; defaults to the venue's location or the area's centre, never a home address. */
    public PointJson location;
    public List<WindowJson> schedule;
    public String startDate;
    public String endDate;
    public List<String> excludedDates;
    public List<String> interests;
    public List<String> targetGroups;
    public List<String> languages;
    public Integer volunteersNeeded;
    /** Minutes a week a volunteer must be free within the schedule; default a whole window. */
    public Integer minOverlapMinutes;
    public RequirementsJson requirements;
    /** Raised on behalf of a resident; then only a pseudonym is stored here. */
    public Boolean involvesResident;
    public String residentPseudonym;
    /** OPEN, FILLED or CLOSED. */
    public String status;

    public static NeedJson of(Need n) {
        NeedJson json = new NeedJson();
        json.copyRecord(n);
        json.title = n.getTitle();
        json.description = n.getDescription();
        json.municipality = Ref.key(n.getMunicipality().getSlug());
        if (n.getArea() != null) {
            json.area = Ref.id(n.getArea().getId());
            json.areaName = n.getArea().getName();
        }
        if (n.getVenue() != null) {
            json.venue = Ref.id(n.getVenue().getId());
            json.venueName = n.getVenue().getName();
        }
        json.location = PointJson.of(n.getLocation());
        json.schedule = WindowJson.of(n.getSchedule());
        json.startDate = n.getStartDate() == null ? null : n.getStartDate().toString();
        json.endDate = n.getEndDate() == null ? null : n.getEndDate().toString();
        json.excludedDates = n.getExcludedDates().stream().sorted().map(LocalDate::toString).toList();
        json.interests = List.copyOf(n.getInterests());
        json.targetGroups = List.copyOf(n.getTargetGroups());
        json.languages = List.copyOf(n.getLanguages());
        json.volunteersNeeded = n.getVolunteersNeeded();
        json.minOverlapMinutes = n.getMinOverlapMinutes();
        json.requirements = new RequirementsJson();
        json.requirements.policeCertificate = n.isRequiresPoliceCertificate();
        json.requirements.confidentiality = n.isRequiresConfidentiality();
        json.requirements.courses = List.copyOf(n.getRequiredCourses());
        json.involvesResident = n.isInvolvesResident();
        json.residentPseudonym = n.getResidentPseudonym();
        json.status = n.getStatus().name();
        return json;
    }
}
