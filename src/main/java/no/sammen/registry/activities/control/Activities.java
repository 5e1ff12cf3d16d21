package no.sammen.registry.activities.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
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
import no.sammen.registry.activities.boundary.ActivityJson;
import no.sammen.registry.activities.entity.Activity;
import no.sammen.registry.activities.entity.CareLevel;
import no.sammen.registry.organisations.control.Organisations;

@ApplicationScoped
public class Activities extends Registry<Activity, ActivityJson> {

    @Inject
    Places places;

    @Inject
    Organisations organisations;

    @Override
    protected Class<Activity> type() {
        return Activity.class;
    }

    @Override
    protected String noun() {
        return "activity";
    }

    @Override
    protected Activity newEntity() {
        return new Activity();
    }

    public Page<ActivityJson> list(Municipality municipality, Area area, CareLevel level, Boolean needsVolunteers,
            PageRequest page) {
        return Listing.of(em, Activity.class).where("e.municipality", municipality).where("e.area", area)
                .where("e.level", level).where("e.needsVolunteers", needsVolunteers)
                .orderBy("e.title").page(page, this::view);
    }

    @Override
    protected void apply(ActivityJson json, Activity a, Violations v) {
        a.setTitle(v.requiredText("title", json.title, 200));
        a.setDescription(v.text("description", json.description, 4000));
        Municipality m = places.municipality(v, "municipality", json.municipality, true);
        Venue venue = places.venue(v, "venue", json.venue, m);
        Area area = places.area(v, "area", json.area, m);
        a.setMunicipality(m);
        a.setVenue(venue);
        a.setArea(area != null ? area : venue != null ? venue.getArea() : null);
        var location = PointJson.parse(v, "location", json.location, false);
        a.setLocation(location != null ? location
                : venue != null ? venue.getLocation() : a.getArea() != null ? a.getArea().getCentre() : null);
        a.setOrganiser(organisations.resolve(v, "organiser", json.organiser, m));
        a.setSchedule(WindowJson.parse(v, "schedule", json.schedule));
        LocalDate start = v.date("startDate", json.startDate);
        LocalDate end = v.date("endDate", json.endDate);
        v.dateOrder("startDate", start, "endDate", end);
        a.setStartDate(start);
        a.setEndDate(end);
        a.setExcludedDates(Dates.excluded(v, "excludedDates", json.excludedDates));
        a.setInterests(v.tags("interests", json.interests, 30));
        a.setTargetGroups(v.tags("targetGroups", json.targetGroups, 30));
        CareLevel level = v.enumValue("level", json.level, CareLevel.class, CareLevel::parse, false);
        a.setLevel(level == null ? CareLevel.OPEN_TO_ALL : level);
        a.setCapacity(v.integer("capacity", json.capacity, 1, 100_000));
        a.setCost(v.integer("cost", json.cost, 0, 100_000));
        a.setCostNote(v.text("costNote", json.costNote, 200));
        a.setNeedsVolunteers(Boolean.TRUE.equals(json.needsVolunteers));
        a.setHowToJoin(v.text("howToJoin", json.howToJoin, 1000));
    }

    @Override
    protected ActivityJson view(Activity a) {
        return ActivityJson.of(a);
    }
}
