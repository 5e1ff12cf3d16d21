package no.sammen.places.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Locale;
import no.sammen.places.boundary.AreaJson;
import no.sammen.places.entity.Area;
import no.sammen.places.entity.AreaKind;
import no.sammen.places.entity.Municipality;
import no.sammen.platform.Listing;
import no.sammen.platform.Page;
import no.sammen.platform.PageRequest;
import no.sammen.platform.PointJson;
import no.sammen.platform.Registry;
import no.sammen.platform.Violations;

@ApplicationScoped
public class Areas extends Registry<Area, AreaJson> {

    @Inject
    Places places;

    @Override
    protected Class<Area> type() {
        return Area.class;
    }

    @Override
    protected String noun() {
        return "area";
    }

    @Override
    protected Area newEntity() {
        return new Area();
    }

    public Page<AreaJson> list(Municipality municipality, Area only, PageRequest page) {
        return Listing.of(em, Area.class).where("e.municipality", municipality).where("e", only)
                .orderBy("e.name").page(page, this::view);
    }

    @Override
    protected void apply(AreaJson json, Area a, Violations v) {
        Municipality m = places.municipality(v, "municipality", json.municipality, true);
        if (a.getMunicipality() != null && m != null && !m.getId().equals(a.getMunicipality().getId())) {
            v.add("municipality", "an area cannot move to another municipality");
        }
        String key = v.requiredText("key", json.key, 60);
        if (key != null) {
            key = key.toLowerCase(Locale.ROOT);
            if (!Municipalities.SLUG.matcher(key).matches()) {
                v.add("key", "must be lower-case words joined by hyphens, like ovre-vinje");
            } else if (m != null && !key.equals(a.getKey()) && places.area(no.sammen.platform.Ref.key(key), m).isPresent()) {
                v.add("key", "is already used by another area in " + m.getName());
            }
        }
        a.setMunicipality(m);
        a.setKey(key);
        a.setName(v.requiredText("name", json.name, 100));
        a.setKind(v.enumValue("kind", json.kind, AreaKind.class, AreaKind::parse, true));
        a.setCentre(PointJson.parse(v, "centre", json.centre, false));
    }

    @Override
    protected AreaJson view(Area a) {
        return AreaJson.of(a);
    }

    @Override
    protected String stillReferenced(Area a) {
        long uses = count("SELECT COUNT(v) FROM Venue v WHERE v.area = ?1", a)
                + count("SELECT COUNT(v) FROM Volunteer v WHERE v.area = ?1", a)
                + count("SELECT COUNT(n) FROM Need n WHERE n.area = ?1", a)
                + count("SELECT COUNT(x) FROM Activity x WHERE x.area = ?1", a)
                + count("SELECT COUNT(o) FROM Organisation o WHERE o.area = ?1", a);
        return uses == 0 ? null : uses + " venues, volunteers, needs, activities or organisations are in it";
    }
}
