package no.sammen.registry.activities.entity;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import no.sammen.geo.GeoPoint;
import no.sammen.places.entity.Area;
import no.sammen.places.entity.Municipality;
import no.sammen.places.entity.Venue;
import no.sammen.platform.DateListColumn;
import no.sammen.platform.RegistryRecord;
import no.sammen.platform.TagListColumn;
import no.sammen.registry.organisations.entity.Organisation;
import no.sammen.schedule.Schedule;
import no.sammen.schedule.WeeklyWindow;
import no.sammen.schedule.WeeklyWindowsColumn;

/** A tilbud: a walk group, a café, a tablet course — recurring or one-off, at a venue or outdoors. */
@Entity
@Table(name = "activity")
public class Activity extends RegistryRecord {

    @Column(nullable = false, length = 200)
    private String title;

    @Column(length = 4000)
    private String description;

    @ManyToOne(optional = false)
    @JoinColumn(name = "municipality_id")
    private Municipality municipality;

    @ManyToOne
    @JoinColumn(name = "area_id")
    private Area area;

    @ManyToOne
    @JoinColumn(name = "venue_id")
    private Venue venue;

    @Embedded
    @AttributeOverrides({
        @AttributeOverride(name = "latitude", column = @Column(name = "location_lat")),
        @AttributeOverride(name = "longitude", column = @Column(name = "location_lon"))})
    private GeoPoint location;

    @ManyToOne
    @JoinColumn(name = "organiser_id")
    private Organisation organiser;

    @Convert(converter = WeeklyWindowsColumn.class)
    @Column(length = 1200)
    private List<WeeklyWindow> schedule = new ArrayList<>();

    @Column(name = "start_date")
    private LocalDate startDate;

    @Column(name = "end_date")
    private LocalDate endDate;

    @Convert(converter = DateListColumn.class)
    @Column(name = "excluded_dates", length = 4100)
    private List<LocalDate> excludedDates = new ArrayList<>();

    @Convert(converter = TagListColumn.class)
    @Column(length = 2000)
    private List<String> interests = new ArrayList<>();

    @Convert(converter = TagListColumn.class)
    @Column(name = "target_groups", length = 2000)
    private List<String> targetGroups = new ArrayList<>();

    @Enumerated(EnumType.STRING)
    @Column(name = "care_level", nullable = false, length = 20)
    private CareLevel level = CareLevel.OPEN_TO_ALL;

    private Integer capacity;

    /** Price in whole kroner; 0 is free, null is unknown. */
    private Integer cost;

    @Column(name = "cost_note", length = 200)
    private String costNote;

    @Column(name = "needs_volunteers", nullable = false)
    private boolean needsVolunteers;

    @Column(name = "how_to_join", length = 1000)
    private String howToJoin;

    public GeoPoint getLocation() {
        return location == null || location.isEmpty() ? null : location;
    }

    public Schedule toSchedule() {
        return new Schedule(schedule, startDate, endDate, excludedDates);
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public Municipality getMunicipality() {
        return municipality;
    }

    public void setMunicipality(Municipality municipality) {
        this.municipality = municipality;
    }

    public Area getArea() {
        return area;
    }

    public void setArea(Area area) {
        this.area = area;
    }

    public Venue getVenue() {
        return venue;
    }

    public void setVenue(Venue venue) {
        this.venue = venue;
    }

    public void setLocation(GeoPoint location) {
        this.location = location;
    }

    public Organisation getOrganiser() {
        return organiser;
    }

    public void setOrganiser(Organisation organiser) {
        this.organiser = organiser;
    }

    public List<WeeklyWindow> getSchedule() {
        return schedule;
    }

    public void setSchedule(List<WeeklyWindow> schedule) {
        this.schedule = schedule;
    }

    public LocalDate getStartDate() {
        return startDate;
    }

    public void setStartDate(LocalDate startDate) {
        this.startDate = startDate;
    }

    public LocalDate getEndDate() {
        return endDate;
    }

    public void setEndDate(LocalDate endDate) {
        this.endDate = endDate;
    }

    public List<LocalDate> getExcludedDates() {
        return excludedDates;
    }

    public void setExcludedDates(List<LocalDate> excludedDates) {
        this.excludedDates = excludedDates;
    }

    public List<String> getInterests() {
        return interests;
    }

    public void setInterests(List<String> interests) {
        this.interests = interests;
    }

    public List<String> getTargetGroups() {
        return targetGroups;
    }

    public void setTargetGroups(List<String> targetGroups) {
        this.targetGroups = targetGroups;
    }

    public CareLevel getLevel() {
        return level;
    }

    public void setLevel(CareLevel level) {
        this.level = level;
    }

    public Integer getCapacity() {
        return capacity;
    }

    public void setCapacity(Integer capacity) {
        this.capacity = capacity;
    }

    public Integer getCost() {
        return cost;
    }

    public void setCost(Integer cost) {
        this.cost = cost;
    }

    public String getCostNote() {
        return costNote;
    }

    public void setCostNote(String costNote) {
        this.costNote = costNote;
    }

    public boolean isNeedsVolunteers() {
        return needsVolunteers;
    }

    public void setNeedsVolunteers(boolean needsVolunteers) {
        this.needsVolunteers = needsVolunteers;
    }

    public String getHowToJoin() {
        return howToJoin;
    }

    public void setHowToJoin(String howToJoin) {
        this.howToJoin = howToJoin;
    }
}
