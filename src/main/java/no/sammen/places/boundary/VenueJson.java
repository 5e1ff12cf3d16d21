package no.sammen.places.boundary;

import java.util.List;
import no.sammen.places.entity.Accessibility;
import no.sammen.places.entity.Venue;
import no.sammen.platform.PointJson;
import no.sammen.platform.RecordJson;
import no.sammen.platform.Ref;
import no.sammen.platform.WindowJson;

public class VenueJson extends RecordJson {

    public Ref municipality;
    public Ref area;
    public String areaName;
    public String name;
    /** Code such as NURSING_HOME; the Norwegian word (sykehjem, sjukeheim) is accepted too. */
    public String kind;
    /** The Norwegian word for the kind, for display. */
    public String kindLabel;
    public String address;
    public PointJson location;
    public List<WindowJson> openingHours;
    public List<String> accessibility;
    public String transport;
    public String phone;
    public String email;
    public String website;
    public String about;

    public static VenueJson of(Venue v) {
        VenueJson json = new VenueJson();
        json.copyRecord(v);
        json.municipality = Ref.key(v.getMunicipality().getSlug());
        if (v.getArea() != null) {
            json.area = Ref.id(v.getArea().getId());
            json.areaName = v.getArea().getName();
        }
        json.name = v.getName();
        json.kind = v.getKind().name();
        json.kindLabel = v.getKind().norwegian();
        json.address = v.getAddress();
        json.location = PointJson.of(v.getLocation());
        json.openingHours = WindowJson.of(v.getOpeningHours());
        json.accessibility = v.getAccessibility().stream().map(Accessibility::name).toList();
        json.transport = v.getTransport();
        json.phone = v.getPhone();
        json.email = v.getEmail();
        json.website = v.getWebsite();
        json.about = v.getAbout();
        return json;
    }
}
