package no.sammen.platform;

import no.sammen.geo.GeoPoint;

/** {@code {"lat": 59.7, "lon": 8.04}} */
public class PointJson {

    public Double lat;
    public Double lon;

    public static PointJson of(GeoPoint point) {
        if (point == null) {
            return null;
        }
        PointJson json = new PointJson();
        json.lat = point.latitude();
        json.lon = point.longitude();
        return json;
    }

    public static GeoPoint parse(Violations violations, String field, PointJson json, boolean required) {
        if (json == null) {
            if (required) {
                violations.add(field, "is required");
            }
            return null;
        }
        return violations.point(field, json.lat, json.lon, true);
    }
}
