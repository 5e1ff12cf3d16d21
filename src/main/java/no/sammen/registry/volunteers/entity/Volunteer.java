package no.sammen.registry.volunteers.entity;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import no.sammen.geo.GeoPoint;
import no.sammen.places.entity.Area;
import no.sammen.places.entity.Municipality;
import no.sammen.platform.RegistryRecord;
import no.sammen.platform.TagListColumn;
import no.sammen.registry.organisations.entity.Organisation;
import no.sammen.schedule.WeeklyWindow;
import no.sammen.schedule.WeeklyWindowsColumn;

/** A frivillig: who they are, what they like, where they can go and when they are free. */
@Entity
@Table(name = "volunteer")
public class Volunteer extends RegistryRecord {

    @Column(nullable = false, length = 120)
    private String name;

    @Column(length = 254)
    private String email;

    @Column(length = 20)
    private String phone;

    @ManyToOne(optional = false)
    @JoinColumn(name = "municipality_id")
    private Municipality municipality;

    @ManyToOne
    @JoinColumn(name = "area_id")
    private Area area;

    @ManyToOne
    @JoinColumn(name = "organisation_id")
    private Organisation organisation;

    @Embedded
    @AttributeOverrides({
        @AttributeOverride(name = "latitude", column = @Column(name = "home_lat")),
        @AttributeOverride(name = "longitude", column = @Column(name = "home_lon"))})
    private GeoPoint home;

    @Column(name = "max_travel_km")
    private Double maxTravelKm;

    @Column(name = "has_car", nullable = false)
    private boolean hasCar;

    @Column(name = "birth_year")
    private Integer birthYear;

    // Values of the volunteer, read and written whole with it and never queried inside by SQL, so they are
    // columns rather than rows of their own (a bulk load wrote ~7 collection rows per volunteer; V8).
    @Convert(converter = TagListColumn.class)
    @Column(length = 2500)
    private List<String> interests = new ArrayList<>();

    @Convert(converter = TagListColumn.class)
    @Column(length = 2500)
    private List<String> skills = new ArrayList<>();

    @Convert(converter = TagListColumn.class)
    @Column(length = 600)
    private List<String> languages = new ArrayList<>();

    @Column(length = 4000)
    private String about;

    @Convert(converter = WeeklyWindowsColumn.class)
    @Column(length = 1200)
    private List<WeeklyWindow> availability = new ArrayList<>();

    @Column(name = "available_from")
    private LocalDate availableFrom;

    @Column(name = "available_until")
    private LocalDate availableUntil;

    @Column(name = "max_hours_per_week")
    private Double maxHoursPerWeek;

    @Embedded
    private Vetting vetting = new Vetting();

    @ElementCollection
    @CollectionTable(name = "volunteer_course", joinColumns = @JoinColumn(name = "volunteer_id"))
    private List<Course> courses = new ArrayList<>();

    public GeoPoint getHome() {
        return home == null || home.isEmpty() ? null : home;
    }

    public Vetting getVetting() {
        if (vetting == null) {
            vetting = new Vetting();
        }
        return vetting;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
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

    public Organisation getOrganisation() {
        return organisation;
    }

    public void setOrganisation(Organisation organisation) {
        this.organisation = organisation;
    }

    public void setHome(GeoPoint home) {
        this.home = home;
    }

    public Double getMaxTravelKm() {
        return maxTravelKm;
    }

    public void setMaxTravelKm(Double maxTravelKm) {
        this.maxTravelKm = maxTravelKm;
    }

    public boolean isHasCar() {
        return hasCar;
    }

    public void setHasCar(boolean hasCar) {
        this.hasCar = hasCar;
    }

    public Integer getBirthYear() {
        return birthYear;
    }

    public void setBirthYear(Integer birthYear) {
        this.birthYear = birthYear;
    }

    public List<String> getInterests() {
        return interests;
    }

    public void setInterests(List<String> interests) {
        this.interests = interests;
    }

    public List<String> getSkills() {
        return skills;
    }

    public void setSkills(List<String> skills) {
        this.skills = skills;
    }

    public List<String> getLanguages() {
        return languages;
    }

    public void setLanguages(List<String> languages) {
        this.languages = languages;
    }

    public String getAbout() {
        return about;
    }

    public void setAbout(String about) {
        this.about = about;
    }

    public List<WeeklyWindow> getAvailability() {
        return availability;
    }

    public void setAvailability(List<WeeklyWindow> availability) {
        this.availability = availability;
    }

    public LocalDate getAvailableFrom() {
        return availableFrom;
    }

    public void setAvailableFrom(LocalDate availableFrom) {
        this.availableFrom = availableFrom;
    }

    public LocalDate getAvailableUntil() {
        return availableUntil;
    }

    public void setAvailableUntil(LocalDate availableUntil) {
        this.availableUntil = availableUntil;
    }

    public Double getMaxHoursPerWeek() {
        return maxHoursPerWeek;
    }

    public void setMaxHoursPerWeek(Double maxHoursPerWeek) {
        this.maxHoursPerWeek = maxHoursPerWeek;
    }

    public void setVetting(Vetting vetting) {
        this.vetting = vetting;
    }

    public List<Course> getCourses() {
        return courses;
    }

    public void setCourses(List<Course> courses) {
        this.courses = courses;
    }
}
