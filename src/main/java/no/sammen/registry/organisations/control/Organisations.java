package no.sammen.registry.organisations.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import no.sammen.places.control.Places;
import no.sammen.places.entity.Area;
import no.sammen.places.entity.Municipality;
import no.sammen.platform.Listing;
import no.sammen.platform.Page;
import no.sammen.platform.PageRequest;
import no.sammen.platform.Ref;
import no.sammen.platform.Registry;
import no.sammen.platform.Violations;
import no.sammen.registry.organisations.boundary.OrganisationJson;
import no.sammen.registry.organisations.entity.Organisation;
import no.sammen.registry.organisations.entity.OrganisationKind;

@ApplicationScoped
public class Organisations extends Registry<Organisation, OrganisationJson> {

    @Inject
    Places places;

    @Override
    protected Class<Organisation> type() {
        return Organisation.class;
    }

    @Override
    protected String noun() {
        return "organisation";
    }

    @Override
    protected Organisation newEntity() {
        return new Organisation();
    }

    public Page<OrganisationJson> list(Municipality municipality, Area area, PageRequest page) {
        return Listing.of(em, Organisation.class).where("e.municipality", municipality).where("e.area", area)
                .orderBy("e.name").page(page, this::view);
    }

    /** An organisation referred to by id from another record, reported as {@code field} when unknown. */
    public Organisation resolve(Violations violations, String field, Ref ref, Municipality within) {
        if (ref == null) {
            return null;
        }
        Organisation found = ref.id() == null ? null : em.find(Organisation.class, ref.id());
        if (found == null || (within != null && !found.getMunicipality().getId().equals(within.getId()))) {
            violations.add(field, "no organisation '" + ref + "'" + (within == null ? "" : " in " + within.getName()));
            return null;
        }
        return found;
    }

    @Override
    protected void apply(OrganisationJson json, Organisation o, Violations v) {
        Municipality m = places.municipality(v, "municipality", json.municipality, true);
        o.setMunicipality(m);
        o.setArea(places.area(v, "area", json.area, m));
        o.setName(v.requiredText("name", json.name, 200));
        o.setKind(v.enumValue("kind", json.kind, OrganisationKind.class, OrganisationKind::parse, true));
        o.setContactName(v.text("contactName", json.contactName, 120));
        o.setEmail(v.email("email", json.email, false));
        o.setPhone(v.phone("phone", json.phone));
        o.setWebsite(v.text("website", json.website, 300));
        o.setAbout(v.text("about", json.about, 4000));
    }

    @Override
    protected OrganisationJson view(Organisation o) {
        return OrganisationJson.of(o);
    }

    @Override
    protected String stillReferenced(Organisation o) {
        long activities = count("SELECT COUNT(a) FROM Activity a WHERE a.organiser = ?1", o);
        long accounts = count("SELECT COUNT(a) FROM Account a WHERE ?1 MEMBER OF a.organisations", o);
        return activities + accounts == 0 ? null : "it organises " + activities + " activities and " + accounts
                + " accounts act for it; reassign or delete them first";
    }

    @Override
    protected void beforeDelete(Organisation o) {
        // Members stay registered as volunteers; they just no longer belong to the organisation.
        em.createQuery("UPDATE Volunteer v SET v.organisation = NULL WHERE v.organisation = :o")
                .setParameter("o", o).executeUpdate();
    }
}
