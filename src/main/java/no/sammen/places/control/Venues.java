package no.sammen.places.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.LinkedHashSet;
import java.util.Set;
import no.sammen.places.boundary.VenueJson;
import no.sammen.places.entity.Accessibility;
import no.sammen.places.entity.Area;
import no.sammen.places.entity.Municipality;
import no.sammen.places.entity.Venue;
import no.sammen.places.entity.VenueKind;
import no.sammen.platform.Listing;
import no.sammen.platform.Page;
import no.sammen.platform.PageRequest;
import no.sammen.platform.PointJson;
import no.sammen.platform.Registry;
import no.sammen.platform.Violations;
import no.sammen.platform.WindowJson;

@ApplicationScoped
public class Venues extends Registry<Venue, VenueJson> {

    @Inject
    Places places;

    @Override
    protected Class<Venue> type() {
        return Venue.class;
    }

    @Override
    protected String noun() {
        return "venue";
    }

    @Override
    protected Venue newEntity() {
        return new Venue();
    }

    public Page<VenueJson> list(Municipality municipality, Area area, VenueKind kind, PageRequest page) {
        return Listing.of(em, Venue.class).where("e.municipality", municipality).where("e.area", area)
                .where("e.kind", kind).orderBy("e.name").page(page, this::view);
    }

    @Override
    protected void apply(VenueJson json, Venue venue, Violations v) {
        Municipality m = places.municipality(v, "municipality", json.municipality, true);
        Area area = places.area(v, "area", json.area, m);
        venue.setMunicipality(m);
        venue.setArea(area);
        venue.setName(v.requiredText("name", json.name, 200));
        venue.setKind(v.enumValue("kind", json.kind, VenueKind.class, VenueKind::parse, true));
        venue.setAddress(v.text("address", json.address, 200));
        var location = PointJson.parse(v, "location", json.location, false);
        venue.setLocation(location != null ? location : area != null ? area.getCentre() : null);
        venue.setOpeningHours(WindowJson.parse(v, "openingHours", json.openingHours));
        Set<Accessibility> features = new LinkedHashSet<>();
        if (json.accessibility != null) {
            int i = 0;
            for (String feature : json.accessibility) {
                features.add(v.enumValue("accessibility[" + i++ + "]", feature, Accessibility.class,
                        Accessibility::parse, true));
            }
            features.remove(null);
        }
        venue.setAccessibility(features);
        venue.setTransport(v.text("transport", json.transport, 1000));
        venue.setPhone(v.phone("phone", json.phone));
        venue.setEmail(v.email("email", json.email, false));
        venue.setWebsite(v.text("website", json.website, 300));
        venue.setAbout(v.text("about", json.about, 4000));
    }

    @Override
    protected VenueJson view(Venue venue) {
        return VenueJson.of(venue);
    }

    @Override
    protected String stillReferenced(Venue venue) {
        long needs = count("SELECT COUNT(n) FROM Need n WHERE n.venue = ?1", venue);
        long activities = count("SELECT COUNT(a) FROM Activity a WHERE a.venue = ?1", venue);
        long accounts = count("SELECT COUNT(a) FROM Account a WHERE ?1 MEMBER OF a.venues", venue);
        return needs + activities + accounts == 0 ? null
                : needs + " needs and " + activities + " activities take place there and " + accounts
                        + " institution accounts act for it; move or delete them first";
    }
}
