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

    /*
     * Matching settings (V7). Null means the built-in default for this municipality
     * (no.sammen.matching.logic.MunicipalitySettings.defaults); set through /municipalities/{id}/matching-settings.
     */
    @Column(name = "weight_interest")
    private Double weightInterest;

    @Column(name = "weight_overlap")
    private Double weightOverlap;

    @Column(name = "weight_travel")
    private Double weightTravel;

    @Column(name = "weight_continuity")
    private Double weightContinuity;

    @Column(name = "weight_fairness")
    private Double weightFairness;

    @Column(name = "weight_target_group")
    private Double weightTargetGroup;

    /** Distance at which the travel score is one half; null for the default. */
    @Column(name = "typical_travel_km")
    private Double typicalTravelKm;

    /** Travel limit of a volunteer with a car who gave none; null for the default. */
    @Column(name = "default_car_travel_km")
    private Double defaultCarTravelKm;

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

    /** interest, overlap, travel, continuity, fairness, target group; all null when the defaults apply. */
    public Double[] getMatchingWeights() {
        return new Double[] {weightInterest, weightOverlap, weightTravel, weightContinuity, weightFairness,
            weightTargetGroup};
    }

    /** Sets all six weights (in the order of {@link #getMatchingWeights}), or clears them with null. */
    public void setMatchingWeights(double[] weights) {
        weightInterest = weights == null ? null : weights[0];
        weightOverlap = weights == null ? null : weights[1];
        weightTravel = weights == null ? null : weights[2];
        weightContinuity = weights == null ? null : weights[3];
        weightFairness = weights == null ? null : weights[4];
        weightTargetGroup = weights == null ? null : weights[5];
    }

    public Double getTypicalTravelKm() {
        return typicalTravelKm;
    }

    public void setTypicalTravelKm(Double typicalTravelKm) {
        this.typicalTravelKm = typicalTravelKm;
    }

    public Double getDefaultCarTravelKm() {
        return defaultCarTravelKm;
    }

    public void setDefaultCarTravelKm(Double defaultCarTravelKm) {
        this.defaultCarTravelKm = defaultCarTravelKm;
    }
}
