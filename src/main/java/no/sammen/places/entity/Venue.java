package no.sammen.places.entity;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import no.sammen.geo.GeoPoint;
import no.sammen.platform.RegistryRecord;
import no.sammen.schedule.WeeklyWindow;

/** A place where things happen: an aktivitetssenter, a sykehjem, a frivilligsentral, a forest path. */
@Entity
@Table(name = "venue")
public class Venue extends RegistryRecord {

    @ManyToOne(optional = false)
    @JoinColumn(name = "municipality_id")
    private Municipality municipality;

    @ManyToOne
    @JoinColumn(name = "area_id")
    private Area area;

    @Column(nullable = false, length = 200)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private VenueKind kind;

    @Column(length = 200)
    private String address;

    @Embedded
    @AttributeOverrides({
        @AttributeOverride(name = "latitude", column = @Column(name = "location_lat")),
        @AttributeOverride(name = "longitude", column = @Column(name = "location_lon"))})
    private GeoPoint location;

    @ElementCollection
    @CollectionTable(name = "venue_opening_hours", joinColumns = @JoinColumn(name = "venue_id"))
    private List<WeeklyWindow> openingHours = new ArrayList<>();

    @ElementCollection
    @Enumerated(EnumType.STRING)
    @CollectionTable(name = "venue_accessibility", joinColumns = @JoinColumn(name = "venue_id"))
    @Column(name = "feature", length = 30)
    private Set<Accessibility> accessibility = new LinkedHashSet<>();

    @Column(length = 1000)
    private String transport;

    @Column(length = 20)
    private String phone;

    @Column(length = 254)
    private String email;

    @Column(length = 300)
    private String website;

    @Column(length = 4000)
    private String about;

    public GeoPoint getLocation() {
        return location == null || location.isEmpty() ? null : location;
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

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public VenueKind getKind() {
        return kind;
    }

    public void setKind(VenueKind kind) {
        this.kind = kind;
    }

    public String getAddress() {
        return address;
    }

    public void setAddress(String address) {
        this.address = address;
    }

    public void setLocation(GeoPoint location) {
        this.location = location;
    }

    public List<WeeklyWindow> getOpeningHours() {
        return openingHours;
    }

    public void setOpeningHours(List<WeeklyWindow> openingHours) {
        this.openingHours = openingHours;
    }

    public Set<Accessibility> getAccessibility() {
        return accessibility;
    }

    public void setAccessibility(Set<Accessibility> accessibility) {
        this.accessibility = accessibility;
    }

    public String getTransport() {
        return transport;
    }

    public void setTransport(String transport) {
        this.transport = transport;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getWebsite() {
        return website;
    }

    public void setWebsite(String website) {
        this.website = website;
    }

    public String getAbout() {
        return about;
    }

    public void setAbout(String about) {
        this.about = about;
    }
}
