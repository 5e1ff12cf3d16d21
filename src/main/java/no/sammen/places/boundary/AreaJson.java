package no.sammen.places.boundary;

import no.sammen.places.entity.Area;
import no.sammen.platform.PointJson;
import no.sammen.platform.RecordJson;
import no.sammen.platform.Ref;

public class AreaJson extends RecordJson {

    public Ref municipality;
    /** Unique within the municipality, e.g. "rauland"; usable wherever an area id is. */
    public String key;
    public String name;
    /** BYDEL, BYGD, TETTSTED or DISTRICT. */
    public String kind;
    public PointJson centre;

    public static AreaJson of(Area a) {
        AreaJson json = new AreaJson();
        json.copyRecord(a);
        json.municipality = Ref.key(a.getMunicipality().getSlug());
        json.key = a.getKey();
        json.name = a.getName();
        json.kind = a.getKind().name();
        json.centre = PointJson.of(a.getCentre());
        return json;
    }
}
