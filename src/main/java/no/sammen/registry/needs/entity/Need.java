package no.sammen.registry.needs.entity;

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
import no.sammen.schedule.Schedule;
import no.sammen.schedule.WeeklyWindow;
import no.sammen.schedule.WeeklyWindowsColumn;

/**
 * A behov: someone to play music on a dementia ward on Thursdays, a walking companion at Halsen. When raised
 * on behalf of a resident it carries only a pseudonym and the categories matching needs.
 */
@Entity
@Table(name = "need")
public class Need extends RegistryRecord {

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

    @Convert(converter = TagListColumn.class)
    @Column(length = 600)
    private List<String> languages = new ArrayList<>();

    @Column(name = "volunteers_needed", nullable = false)
    private int volunteersNeeded = 1;

    /** Minutes a week a volunteer must be free in the need's windows; null means a whole window. */
    @Column(name = "min_overlap_minutes")
    private Integer minOverlapMinutes;

    @Column(name = "requires_police_certificate", nullable = false)
    private boolean requiresPoliceCertificate;

    @Column(name = "requires_confidentiality", nullable = false)
    private boolean requiresConfidentiality;

    @Convert(converter = TagListColumn.class)
    @Column(name = "required_courses", length = 700)
    private List<String> requiredCourses = new ArrayList<>();

    @Column(name = "involves_resident", nullable = false)
    private boolean involvesResident;

    @Column(name = "resident_pseudonym", length = 60)
    private String residentPseudonym;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private NeedStatus status = NeedStatus.OPEN;

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

    public List<String> getLanguages() {
        return languages;
    }

    public void setLanguages(List<String> languages) {
        this.languages = languages;
    }

    public int getVolunteersNeeded() {
        return volunteersNeeded;
    }

    public void setVolunteersNeeded(int volunteersNeeded) {
        this.volunteersNeeded = volunteersNeeded;
    }

    public Integer getMinOverlapMinutes() {
        return minOverlapMinutes;
    }

    public void setMinOverlapMinutes(Integer minOverlapMinutes) {
        this.minOverlapMinutes = minOverlapMinutes;
    }

    public boolean isRequiresPoliceCertificate() {
        return requiresPoliceCertificate;
    }

    public void setRequiresPoliceCertificate(boolean requiresPoliceCertificate) {
        this.requiresPoliceCertificate = requiresPoliceCertificate;
    }

    public boolean isRequiresConfidentiality() {
        return requiresConfidentiality;
    }

    public void setRequiresConfidentiality(boolean requiresConfidentiality) {
        this.requiresConfidentiality = requiresConfidentiality;
    }

    public List<String> getRequiredCourses() {
        return requiredCourses;
    }

    public void setRequiredCourses(List<String> requiredCourses) {
        this.requiredCourses = requiredCourses;
    }

    public boolean isInvolvesResident() {
        return involvesResident;
    }

    public void setInvolvesResident(boolean involvesResident) {
        this.involvesResident = involvesResident;
    }

    public String getResidentPseudonym() {
        return residentPseudonym;
    }

    public void setResidentPseudonym(String residentPseudonym) {
        this.residentPseudonym = residentPseudonym;
    }

    public NeedStatus getStatus() {
        return status;
    }

    public void setStatus(NeedStatus status) {
        this.status = status;
    }
}
