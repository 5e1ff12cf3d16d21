package no.sammen.places.boundary;

import no.sammen.places.entity.Municipality;
import no.sammen.platform.PointJson;
import no.sammen.platform.RecordJson;

public class MunicipalityJson extends RecordJson {

    public String slug;
    public String name;
    public String county;
    public PointJson centre;
    /** How far someone without a car is expected to travel, in km. */
    public Double walkingRadiusKm;
    public String about;

    public static MunicipalityJson of(Municipality m) {
        MunicipalityJson json = new MunicipalityJson();
        json.copyRecord(m);
        json.slug = m.getSlug();
        json.name = m.getName();
        json.county = m.getCounty();
        json.centre = PointJson.of(m.getCentre());
        json.walkingRadiusKm = m.getWalkingRadiusKm();
        json.about = m.getAbout();
        return json;
    }
}
