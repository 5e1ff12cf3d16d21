package no.sammen.places.entity;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import no.sammen.geo.GeoPoint;
import no.sammen.platform.RegistryRecord;

/** A kommune. Addressed by its slug ("nordre-follo"). */
@Entity
@Table(name = "municipality")
public class Municipality extends RegistryRecord {

    public static final double DEFAULT_WALKING_RADIUS_KM = 3.0;

    @Column(nullable = false, unique = true, length = 60)
    private String slug;

    @Column(nullable = false, length = 100)
    private String name;

    @Column(length = 100)
    private String county;

    @Embedded
    @AttributeOverrides({
        @AttributeOverride(name = "latitude", column = @Column(name = "centre_lat")),
        @AttributeOverride(name = "longitude", column = @Column(name = "centre_lon"))})
    private GeoPoint centre;

    /** How far someone without a car is expected to get; Larvik's plan uses about 3 km. */
    @Column(name = "walking_radius_km", nullable = false)
    private double walkingRadiusKm = DEFAULT_WALKING_RADIUS_KM;

    @Column(length = 4000)
    private String about;

    public String getSlug() {
        return slug;
    }

    public void setSlug(String slug) {
        this.slug = slug;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getCounty() {
        return county;
    }

    public void setCounty(String county) {
        this.county = county;
    }

    public GeoPoint getCentre() {
        return centre == null || centre.isEmpty() ? null : centre;
    }

    public void setCentre(GeoPoint centre) {
        this.centre = centre;
    }

    public double getWalkingRadiusKm() {
        return walkingRadiusKm;
    }

    public void setWalkingRadiusKm(double walkingRadiusKm) {
        this.walkingRadiusKm = walkingRadiusKm;
    }

    public String getAbout() {
        return about;
    }

    public void setAbout(String about) {
        this.about = about;
    }
}
