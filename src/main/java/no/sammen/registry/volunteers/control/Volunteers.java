package no.sammen.registry.volunteers.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import no.sammen.places.control.Places;
import no.sammen.places.entity.Area;
import no.sammen.places.entity.Municipality;
import no.sammen.platform.Listing;
import no.sammen.platform.Page;
import no.sammen.platform.PageRequest;
import no.sammen.platform.PointJson;
import no.sammen.platform.Registry;
import no.sammen.platform.Violations;
import no.sammen.platform.WindowJson;
import no.sammen.registry.organisations.control.Organisations;
import no.sammen.registry.volunteers.boundary.CourseJson;
import no.sammen.registry.volunteers.boundary.VettingJson;
import no.sammen.registry.volunteers.boundary.VolunteerJson;
import no.sammen.registry.volunteers.entity.Course;
import no.sammen.registry.volunteers.entity.Vetting;
import no.sammen.registry.volunteers.entity.Volunteer;

@ApplicationScoped
public class Volunteers extends Registry<Volunteer, VolunteerJson> {

    @Inject
    Places places;

    @Inject
    Organisations organisations;

    @Inject
    no.sammen.accounts.control.CurrentUser user;

    @Inject
    no.sammen.statistics.control.Statistics statistics;

    @Inject
    no.sammen.audit.control.AuditLog audit;

    @Override
    protected Class<Volunteer> type() {
        return Volunteer.class;
    }

    @Override
    protected String noun() {
        return "volunteer";
    }

    @Override
    protected Volunteer newEntity() {
        return new Volunteer();
    }

    public Page<VolunteerJson> list(Municipality municipality, Area area, PageRequest page) {
        return Listing.of(em, Volunteer.class).where("e.municipality", municipality).where("e.area", area)
                .orderBy("e.name").page(page, this::view);
    }

    @Override
    protected void apply(VolunteerJson json, Volunteer vol, Violations v) {
        vol.setName(v.requiredText("name", json.name, 120));
        vol.setEmail(v.email("email", json.email, false));
        vol.setPhone(v.phone("phone", json.phone));
        Municipality m = places.municipality(v, "municipality", json.municipality, true);
        Area area = places.area(v, "area", json.area, m);
        vol.setMunicipality(m);
        vol.setArea(area);
        vol.setOrganisation(organisations.resolve(v, "organisation", json.organisation, m));
        var home = PointJson.parse(v, "home", json.home, false);
        vol.setHome(home != null ? home : area != null ? area.getCentre() : null);
        vol.setMaxTravelKm(v.number("maxTravelKm", json.maxTravelKm, 0, 500));
        vol.setHasCar(Boolean.TRUE.equals(json.hasCar));
        int thisYear = Year.now().getValue();
        vol.setBirthYear(v.integer("birthYear", json.birthYear, thisYear - 110, thisYear - 10));
        vol.setInterests(v.tags("interests", json.interests, 40));
        vol.setSkills(v.tags("skills", json.skills, 40));
        List<String> languages = v.languages("languages", json.languages);
        vol.setLanguages(languages.isEmpty() && json.languages == null ? new ArrayList<>(List.of("no")) : languages);
        vol.setAbout(v.text("about", json.about, 4000));
        vol.setAvailability(WindowJson.parse(v, "availability", json.availability));
        LocalDate from = v.date("availableFrom", json.availableFrom);
        LocalDate until = v.date("availableUntil", json.availableUntil);
        v.dateOrder("availableFrom", from, "availableUntil", until);
        vol.setAvailableFrom(from);
        vol.setAvailableUntil(until);
        vol.setMaxHoursPerWeek(v.number("maxHoursPerWeek", json.maxHoursPerWeek, 0, 80));
        applyVetting(json.vetting, vol, v);
    }

    private void applyVetting(VettingJson json, Volunteer vol, Violations v) {
        if (vol.getId() != null && user.is(no.sammen.accounts.entity.Role.VOLUNTEER)) {
            // Only the frivilligsentral records what it saw: a volunteer's own edit leaves vetting as it was.
            return;
        }
        Vetting vetting = vol.getVetting();
        if (json == null) {
            json = new VettingJson();
        }
        LocalDate checked = v.date("vetting.policeCertificateCheckedOn", json.policeCertificateCheckedOn);
        LocalDate validUntil = v.date("vetting.policeCertificateValidUntil", json.policeCertificateValidUntil);
        v.dateOrder("vetting.policeCertificateCheckedOn", checked, "vetting.policeCertificateValidUntil", validUntil);
        if (checked != null && checked.isAfter(LocalDate.now())) {
            v.add("vetting.policeCertificateCheckedOn", "cannot be in the future");
        }
        String purpose = v.text("vetting.policeCertificatePurpose", json.policeCertificatePurpose, 200);
        if (purpose != null && checked == null && validUntil == null) {
            v.add("vetting.policeCertificatePurpose", "needs the dates of the certificate it belongs to");
        }
        boolean changed = !java.util.Objects.equals(checked, vetting.getPoliceCertificateCheckedOn())
                || !java.util.Objects.equals(validUntil, vetting.getPoliceCertificateValidUntil())
                || !java.util.Objects.equals(purpose, vetting.getPoliceCertificatePurpose());
        if (changed) {
            // Who saw the certificate is the caller, never a value from the body (null for the seed loader).
            vetting.setPoliceCertificateCheckedBy(checked == null && validUntil == null ? null : caller());
        }
        vetting.setPoliceCertificateCheckedOn(checked);
        vetting.setPoliceCertificateValidUntil(validUntil);
        vetting.setPoliceCertificatePurpose(purpose);
        vetting.setConfidentialitySigned(Boolean.TRUE.equals(json.confidentialitySigned));
        List<Course> courses = new ArrayList<>();
        if (json.courses != null) {
            if (json.courses.size() > 30) {
                v.add("vetting.courses", "must have at most 30 entries");
            }
            int i = 0;
            for (CourseJson course : json.courses) {
                String at = "vetting.courses[" + i++ + "]";
                if (course == null) {
                    v.add(at, "must not be null");
                    continue;
                }
                String name = v.requiredText(at + ".name", course.name, 100);
                LocalDate completed = v.date(at + ".completedOn", course.completedOn);
                LocalDate until = v.date(at + ".validUntil", course.validUntil);
                v.dateOrder(at + ".completedOn", completed, at + ".validUntil", until);
                if (name != null) {
                    courses.add(new Course(no.sammen.vocabulary.Vocabulary.normaliseTag(name), completed, until));
                }
            }
        }
        vol.setCourses(courses);
    }

    /** The caller's username, or null when the system itself is at work (seed, start-up). */
    private String caller() {
        try {
            return user.username();
        } catch (jakarta.enterprise.context.ContextNotActiveException systemAtWork) {
            return null;
        }
    }

    @Override
    protected VolunteerJson view(Volunteer vol) {
        return VolunteerJson.of(vol);
    }

    @Override
    protected void beforeDelete(Volunteer vol) {
        // The person leaves: their pairs and their login go with them (personal data lives there too, in the
        // follow-up notes). What the municipality's statistics count of each pair is kept, without the person.
        for (var match : em.createQuery("SELECT m FROM Match m WHERE m.volunteer = :v",
                no.sammen.matching.entity.Match.class).setParameter("v", vol).getResultList()) {
            statistics.keepAnonymised(match);
            em.remove(match);
        }
        for (var account : em.createQuery("SELECT a FROM Account a WHERE a.volunteer = :v",
                no.sammen.accounts.entity.Account.class).setParameter("v", vol).getResultList()) {
            // Their own reads are in the audit trail under their username, which is their e-mail.
            audit.renameActor(account.getUsername(), "erased-volunteer-" + vol.getId());
            em.remove(account);
        }
    }
}
