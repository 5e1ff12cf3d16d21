package no.sammen.registry.activities.boundary;

import java.time.LocalDate;
import java.util.List;
import no.sammen.platform.PointJson;
import no.sammen.platform.RecordJson;
import no.sammen.platform.Ref;
import no.sammen.platform.WindowJson;
import no.sammen.registry.activities.entity.Activity;

public class ActivityJson extends RecordJson {

    public String title;
    public String description;
    public Ref municipality;
    public Ref area;
    public String areaName;
    public Ref venue;
    public String venueName;
    /** Where it happens; defaults to the venue's location, or the area's centre outdoors. */
    public PointJson location;
    public Ref organiser;
    public String organiserName;
    public List<WindowJson> schedule;
    public String startDate;
    public String endDate;
    public List<String> excludedDates;
    public List<String> interests;
    public List<String> targetGroups;
    /** OPEN_TO_ALL, LOW_THRESHOLD or BY_DECISION. */
    public String level;
    public Integer capacity;
    /** Whole kroner; 0 is free. */
    public Integer cost;
    public String costNote;
    public Boolean needsVolunteers;
    public String howToJoin;

    public static ActivityJson of(Activity a) {
        ActivityJson json = new ActivityJson();
        json.copyRecord(a);
        json.title = a.getTitle();
        json.description = a.getDescription();
        json.municipality = Ref.key(a.getMunicipality().getSlug());
        if (a.getArea() != null) {
            json.area = Ref.id(a.getArea().getId());
            json.areaName = a.getArea().getName();
        }
        if (a.getVenue() != null) {
            json.venue = Ref.id(a.getVenue().getId());
            json.venueName = a.getVenue().getName();
        }
        json.location = PointJson.of(a.getLocation());
        if (a.getOrganiser() != null) {
            json.organiser = Ref.id(a.getOrganiser().getId());
            json.organiserName = a.getOrganiser().getName();
        }
        json.schedule = WindowJson.of(a.getSchedule());
        json.startDate = a.getStartDate() == null ? null : a.getStartDate().toString();
        json.endDate = a.getEndDate() == null ? null : a.getEndDate().toString();
        json.excludedDates = a.getExcludedDates().stream().sorted().map(LocalDate::toString).toList();
        json.interests = List.copyOf(a.getInterests());
        json.targetGroups = List.copyOf(a.getTargetGroups());
        json.level = a.getLevel().name();
        json.capacity = a.getCapacity();
        json.cost = a.getCost();
        json.costNote = a.getCostNote();
        json.needsVolunteers = a.isNeedsVolunteers();
        json.howToJoin = a.getHowToJoin();
        return json;
    }
}
