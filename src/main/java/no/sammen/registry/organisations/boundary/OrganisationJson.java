package no.sammen.registry.organisations.boundary;

import no.sammen.platform.RecordJson;
import no.sammen.platform.Ref;
import no.sammen.registry.organisations.entity.Organisation;

public class OrganisationJson extends RecordJson {

    public Ref municipality;
    public Ref area;
    public String areaName;
    public String name;
    /** HUMANITARIAN, USER_ORGANISATION, PENSIONERS, SPORTS, CHURCH, CULTURE, SCHOOL or OTHER. */
    public String kind;
    public String contactName;
    public String email;
    public String phone;
    public String website;
    public String about;

    public static OrganisationJson of(Organisation o) {
        OrganisationJson json = new OrganisationJson();
        json.copyRecord(o);
        json.municipality = Ref.key(o.getMunicipality().getSlug());
        if (o.getArea() != null) {
            json.area = Ref.id(o.getArea().getId());
            json.areaName = o.getArea().getName();
        }
        json.name = o.getName();
        json.kind = o.getKind().name();
        json.contactName = o.getContactName();
        json.email = o.getEmail();
        json.phone = o.getPhone();
        json.website = o.getWebsite();
        json.about = o.getAbout();
        return json;
    }
}
