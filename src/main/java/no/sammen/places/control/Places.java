package no.sammen.places.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
import no.sammen.places.entity.Area;
import no.sammen.places.entity.Municipality;
import no.sammen.places.entity.Venue;
import no.sammen.platform.InvalidInput;
import no.sammen.platform.Ref;
import no.sammen.platform.Violations;

/** Resolves references to municipalities, areas and venues as clients write them: ids, slugs or keys. */
@ApplicationScoped
public class Places {

    @PersistenceContext
    EntityManager em;

    public Optional<Municipality> municipality(Ref ref) {
        if (ref == null) {
            return Optional.empty();
        }
        if (ref.id() != null) {
            return Optional.ofNullable(em.find(Municipality.class, ref.id()));
        }
        return em.createQuery("SELECT m FROM Municipality m WHERE m.slug = :slug", Municipality.class)
                .setParameter("slug", ref.key().toLowerCase(java.util.Locale.ROOT))
                .getResultStream().findFirst();
    }

    public Optional<Area> area(Ref ref, Municipality within) {
        if (ref == null) {
            return Optional.empty();
        }
        if (ref.id() != null) {
            Area area = em.find(Area.class, ref.id());
            return Optional.ofNullable(area)
                    .filter(a -> within == null || a.getMunicipality().getId().equals(within.getId()));
        }
        if (within == null) {
            return Optional.empty();
        }
        return em.createQuery("SELECT a FROM Area a WHERE a.municipality = :m AND a.key = :key", Area.class)
                .setParameter("m", within).setParameter("key", ref.key().toLowerCase(java.util.Locale.ROOT))
                .getResultStream().findFirst();
    }

    public Municipality municipality(Violations violations, String field, Ref ref, boolean required) {
        if (ref == null) {
            if (required) {
                violations.add(field, "is required");
            }
            return null;
        }
        Optional<Municipality> found = municipality(ref);
        if (found.isEmpty()) {
            violations.add(field, "no municipality '" + ref + "'");
        }
        return found.orElse(null);
    }

    public Area area(Violations violations, String field, Ref ref, Municipality within) {
        if (ref == null || (within == null && ref.id() == null)) {
            return null;
        }
        Optional<Area> found = area(ref, within);
        if (found.isEmpty()) {
            violations.add(field, "no area '" + ref + "'" + (within == null ? "" : " in " + within.getName()));
        }
        return found.orElse(null);
    }

    public Venue venue(Violations violations, String field, Ref ref, Municipality within) {
        if (ref == null) {
            return null;
        }
        Venue venue = ref.id() == null ? null : em.find(Venue.class, ref.id());
        if (venue == null || (within != null && !venue.getMunicipality().getId().equals(within.getId()))) {
            violations.add(field, "no venue '" + ref + "'" + (within == null ? "" : " in " + within.getName()));
            return null;
        }
        return venue;
    }

    /** The {@code municipality} query filter; an unknown one is an error, not an empty list. */
    public Municipality municipalityFilter(String param) {
        Ref ref = Ref.parse(param);
        if (ref == null) {
            return null;
        }
        return municipality(ref).orElseThrow(() -> InvalidInput.of("municipality", "no municipality '" + param + "'"));
    }

    /** The {@code area} query filter: an id, or a key within the municipality filter. */
    public Area areaFilter(String param, Municipality within) {
        Ref ref = Ref.parse(param);
        if (ref == null) {
            return null;
        }
        return area(ref, within).orElseThrow(() -> InvalidInput.of("area", "no area '" + param + "'"
                + (within == null && ref.id() == null ? "; give an id, or a municipality too" : "")));
    }
}
