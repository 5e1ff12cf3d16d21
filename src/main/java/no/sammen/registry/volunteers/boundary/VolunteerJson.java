package no.sammen.registry.volunteers.boundary;

import java.util.List;
import no.sammen.platform.PointJson;
import no.sammen.platform.RecordJson;
import no.sammen.platform.Ref;
import no.sammen.platform.WindowJson;
import no.sammen.registry.volunteers.entity.Vetting;
import no.sammen.registry.volunteers.entity.Volunteer;

public class VolunteerJson extends RecordJson {

    public String name;
    public String email;
    public String phone;
    public Ref municipality;
    public Ref area;
    public String areaName;
    public Ref organisation;
    public String organisationName;
    public PointJson home;
    public Double maxTravelKm;
    public Boolean hasCar;
    public Integer birthYear;
    public List<String> interests;
    public List<String> skills;
    /** ISO 639-1; nb and nn are stored as no. Defaults to ["no"]. */
    public List<String> languages;
    public String about;
    public List<WindowJson> availability;
    public String availableFrom;
    public String availableUntil;
    public Double maxHoursPerWeek;
    public VettingJson vetting;

    public static VolunteerJson of(Volunteer v) {
        VolunteerJson json = new VolunteerJson();
        json.copyRecord(v);
        json.name = v.getName();
        json.email = v.getEmail();
        json.phone = v.getPhone();
        json.municipality = Ref.key(v.getMunicipality().getSlug());
        if (v.getArea() != null) {
            json.area = Ref.id(v.getArea().getId());
            json.areaName = v.getArea().getName();
        }
        if (v.getOrganisation() != null) {
            json.organisation = Ref.id(v.getOrganisation().getId());
            json.organisationName = v.getOrganisation().getName();
        }
        json.home = PointJson.of(v.getHome());
        json.maxTravelKm = v.getMaxTravelKm();
        json.hasCar = v.isHasCar();
        json.birthYear = v.getBirthYear();
        json.interests = List.copyOf(v.getInterests());
        json.skills = List.copyOf(v.getSkills());
        json.languages = List.copyOf(v.getLanguages());
        json.about = v.getAbout();
        json.availability = WindowJson.of(v.getAvailability());
        json.availableFrom = v.getAvailableFrom() == null ? null : v.getAvailableFrom().toString();
        json.availableUntil = v.getAvailableUntil() == null ? null : v.getAvailableUntil().toString();
        json.maxHoursPerWeek = v.getMaxHoursPerWeek();
        Vetting vetting = v.getVetting();
        json.vetting = new VettingJson();
        json.vetting.policeCertificateCheckedOn = string(vetting.getPoliceCertificateCheckedOn());
        json.vetting.policeCertificateValidUntil = string(vetting.getPoliceCertificateValidUntil());
        json.vetting.policeCertificatePurpose = vetting.getPoliceCertificatePurpose();
        json.vetting.policeCertificateCheckedBy = vetting.getPoliceCertificateCheckedBy();
        json.vetting.confidentialitySigned = vetting.isConfidentialitySigned();
        json.vetting.courses = v.getCourses().stream().map(CourseJson::of).toList();
        return json;
    }

    private static String string(Object value) {
        return value == null ? null : value.toString();
    }
}
