package no.sammen.registry.needs.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import no.sammen.places.control.Places;
import no.sammen.places.entity.Area;
import no.sammen.places.entity.Municipality;
import no.sammen.places.entity.Venue;
import no.sammen.platform.Listing;
import no.sammen.platform.Page;
import no.sammen.platform.PageRequest;
import no.sammen.platform.PointJson;
import no.sammen.platform.Registry;
import no.sammen.platform.Violations;
import no.sammen.platform.WindowJson;
import no.sammen.registry.Dates;
import no.sammen.registry.needs.boundary.NeedJson;
import no.sammen.registry.needs.boundary.RequirementsJson;
import no.sammen.registry.needs.entity.Need;
import no.sammen.registry.needs.entity.NeedStatus;

@ApplicationScoped
public class Needs extends Registry<Need, NeedJson> {

    @Inject
    Places places;

    @Inject
    Residents residents;

    @Override
    protected Class<Need> type() {
        return Need.class;
    }

    @Override
    protected String noun() {
        return "need";
    }

    @Override
    protected Need newEntity() {
        return new Need();
    }

    /** @param venues when not null, only needs at these venues (an institution's own) */
    public Page<NeedJson> list(Municipality municipality, Area area, NeedStatus status,
            java.util.Collection<Long> venues, PageRequest page) {
        return Listing.of(em, Need.class).where("e.municipality", municipality).where("e.area", area)
                .where("e.status", status).whereIn("e.venue.id", venues).orderBy("e.startDate, e.id")
                .page(page, this::view);
    }

    @Override
    protected void apply(NeedJson json, Need n, Violations v) {
        n.setTitle(v.requiredText("title", json.title, 200));
        n.setDescription(v.text("description", json.description, 4000));
        Municipality m = places.municipality(v, "municipality", json.municipality, true);
        Venue venue = places.venue(v, "venue", json.venue, m);
        Area area = places.area(v, "area", json.area, m);
        n.setMunicipality(m);
        n.setVenue(venue);
        n.setArea(area != null ? area : venue != null ? venue.getArea() : null);
        var location = PointJson.parse(v, "location", json.location, false);
        n.setLocation(location != null ? location
                : venue != null ? venue.getLocation() : n.getArea() != null ? n.getArea().getCentre() : null);
        if (m != null && n.getLocation() == null) {
            v.add("location", "is required when the need has no venue or area");
        }
        n.setSchedule(WindowJson.parse(v, "schedule", json.schedule));
        if (json.schedule == null || json.schedule.isEmpty()) {
            v.add("schedule", "needs at least one weekly window, e.g. {\"day\": \"THURSDAY\", \"from\": \"14:00\", \"to\": \"16:00\"}");
        }
        LocalDate start = v.date("startDate", json.startDate);
        LocalDate end = v.date("endDate", json.endDate);
        v.dateOrder("startDate", start, "endDate", end);
        n.setStartDate(start);
        n.setEndDate(end);
        n.setExcludedDates(Dates.excluded(v, "excludedDates", json.excludedDates));
        n.setInterests(v.tags("interests", json.interests, 30));
        n.setTargetGroups(v.tags("targetGroups", json.targetGroups, 30));
        List<String> languages = v.languages("languages", json.languages);
        n.setLanguages(languages.isEmpty() && json.languages == null ? new ArrayList<>(List.of("no")) : languages);
        Integer needed = v.integer("volunteersNeeded", json.volunteersNeeded, 1, 100);
        n.setVolunteersNeeded(needed == null ? 1 : needed);
        n.setMinOverlapMinutes(v.integer("minOverlapMinutes", json.minOverlapMinutes, 1, 7 * 24 * 60));
        RequirementsJson req = json.requirements == null ? new RequirementsJson() : json.requirements;
        n.setRequiresPoliceCertificate(Boolean.TRUE.equals(req.policeCertificate));
        n.setRequiresConfidentiality(Boolean.TRUE.equals(req.confidentiality));
        n.setRequiredCourses(v.tags("requirements.courses", req.courses, 10));
        n.setInvolvesResident(Boolean.TRUE.equals(json.involvesResident));
        n.setResidentPseudonym(v.text("residentPseudonym", json.residentPseudonym, 60));
        NeedStatus status = v.enumValue("status", json.status, NeedStatus.class, NeedStatus::parse, false);
        n.setStatus(status == null ? NeedStatus.OPEN : status);
    }

    @Override
    protected NeedJson view(Need n) {
        return NeedJson.of(n);
    }

    @Override
    protected void beforeDelete(Need need) {
        residents.delete(need);
        em.createQuery("SELECT m FROM Match m WHERE m.need = :n", no.sammen.matching.entity.Match.class)
                .setParameter("n", need).getResultList().forEach(em::remove);
    }
}
