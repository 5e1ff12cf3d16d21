package no.sammen.geo;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.Objects;

/** A point on the earth in WGS84 degrees. */
@Embeddable
public class GeoPoint {

    private static final double EARTH_RADIUS_KM = 6371.0088;

    @Column(name = "lat")
    private Double latitude;

    @Column(name = "lon")
    private Double longitude;

    protected GeoPoint() {
        // for JPA
    }

    private GeoPoint(double latitude, double longitude) {
        this.latitude = latitude;
        this.longitude = longitude;
    }

    public static GeoPoint of(double latitude, double longitude) {
        if (!isValid(latitude, longitude)) {
            throw new IllegalArgumentException("Coordinates out of range: " + latitude + "," + longitude);
        }
        return new GeoPoint(latitude, longitude);
    }

    public static boolean isValid(double latitude, double longitude) {
        return Double.isFinite(latitude) && Double.isFinite(longitude)
                && latitude >= -90 && latitude <= 90 && longitude >= -180 && longitude <= 180;
    }

    public double latitude() {
        return latitude;
    }

    public double longitude() {
        return longitude;
    }

    /** Great-circle distance (haversine); good to metres at the distances a volunteer travels. */
    public double distanceKm(GeoPoint other) {
        double dLat = Math.toRadians(other.latitude - latitude);
        double dLon = Math.toRadians(other.longitude - longitude);
        double a = Math.sin(dLat / 2) * Math.sin(dLat / 2)
                + Math.cos(Math.toRadians(latitude)) * Math.cos(Math.toRadians(other.latitude))
                * Math.sin(dLon / 2) * Math.sin(dLon / 2);
        return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(a)));
    }

    /** JPA materialises an embedded point whose columns are all null as an empty object. */
    public boolean isEmpty() {
        return latitude == null || longitude == null;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof GeoPoint p && Objects.equals(latitude, p.latitude) && Objects.equals(longitude, p.longitude);
    }

    @Override
    public int hashCode() {
        return Objects.hash(latitude, longitude);
    }

    @Override
    public String toString() {
        return latitude + "," + longitude;
    }
}
