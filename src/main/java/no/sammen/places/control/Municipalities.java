package no.sammen.places.control;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Locale;
import java.util.regex.Pattern;
import no.sammen.places.boundary.MunicipalityJson;
import no.sammen.places.entity.Municipality;
import no.sammen.platform.Page;
import no.sammen.platform.PageRequest;
import no.sammen.platform.Registry;
import no.sammen.platform.Listing;
import no.sammen.platform.PointJson;
import no.sammen.platform.Violations;

@ApplicationScoped
public class Municipalities extends Registry<Municipality, MunicipalityJson> {

    static final Pattern SLUG = Pattern.compile("^[a-z0-9æøå]+(-[a-z0-9æøå]+)*$");

    @Override
    protected Class<Municipality> type() {
        return Municipality.class;
    }

    @Override
    protected String noun() {
        return "municipality";
    }

    @Override
    protected Municipality newEntity() {
        return new Municipality();
    }

    public Page<MunicipalityJson> list(Municipality only, PageRequest page) {
        return Listing.of(em, Municipality.class).where("e", only).orderBy("e.name").page(page, this::view);
    }

    @Override
    protected void apply(MunicipalityJson json, Municipality m, Violations v) {
        String slug = v.requiredText("slug", json.slug, 60);
        if (slug != null) {
            slug = slug.toLowerCase(Locale.ROOT);
            if (!SLUG.matcher(slug).matches()) {
                v.add("slug", "must be lower-case words joined by hyphens, like nordre-follo");
            } else if (!slug.equals(m.getSlug()) && count("SELECT COUNT(m) FROM Municipality m WHERE m.slug = ?1", slug) > 0) {
                v.add("slug", "is already used by another municipality");
            }
        }
        m.setSlug(slug);
        m.setName(v.requiredText("name", json.name, 100));
        m.setCounty(v.text("county", json.county, 100));
        m.setCentre(PointJson.parse(v, "centre", json.centre, false));
        Double radius = v.number("walkingRadiusKm", json.walkingRadiusKm, 0.1, 50);
        m.setWalkingRadiusKm(radius == null ? Municipality.DEFAULT_WALKING_RADIUS_KM : radius);
        m.setAbout(v.text("about", json.about, 4000));
    }

    @Override
    protected MunicipalityJson view(Municipality m) {
        return MunicipalityJson.of(m);
    }

    @Override
    protected String stillReferenced(Municipality m) {
        long areas = count("SELECT COUNT(a) FROM Area a WHERE a.municipality = ?1", m);
        long venues = count("SELECT COUNT(v) FROM Venue v WHERE v.municipality = ?1", m);
        long volunteers = count("SELECT COUNT(v) FROM Volunteer v WHERE v.municipality = ?1", m);
        long needs = count("SELECT COUNT(n) FROM Need n WHERE n.municipality = ?1", m);
        long others = count("SELECT COUNT(o) FROM Organisation o WHERE o.municipality = ?1", m)
                + count("SELECT COUNT(a) FROM Activity a WHERE a.municipality = ?1", m)
                + count("SELECT COUNT(a) FROM Account a WHERE a.municipality = ?1", m);
        long total = areas + venues + volunteers + needs + others;
        return total == 0 ? null : "it still has " + areas + " areas, " + venues + " venues, " + volunteers
                + " volunteers, " + needs + " needs and " + others + " other records";
    }
}
