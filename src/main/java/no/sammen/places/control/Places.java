package no.sammen.places.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import no.sammen.places.entity.Area;
import no.sammen.places.entity.Municipality;
import no.sammen.places.entity.Venue;
import no.sammen.platform.InvalidInput;
import no.sammen.platform.RecordChanged;
import no.sammen.platform.Ref;
import no.sammen.platform.Violations;

/** Resolves references to municipalities, areas and venues as clients write them: ids, slugs or keys. */
@ApplicationScoped
public class Places {

    @PersistenceContext
    EntityManager em;

    private final PlaceNames names = new PlaceNames(this::names);

    /** What a search filters by: a municipality's slug and an area's id, each null when not given. */
    public record Filter(String municipality, Long areaId) {
    }

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

    /**
     * The {@code municipality} and {@code area} query filters as {@link #municipalityFilter} and {@link #areaFilter}
     * read them, with the same errors, but from names kept in memory: for searches, which need no entities.
     */
    public Filter filter(String municipality, String area) {
        Ref municipalityRef = Ref.parse(municipality);
        PlaceNames.MunicipalityName m = null;
        if (municipalityRef != null) {
            m = names.municipality(municipalityRef);
            if (m == null) {
                throw InvalidInput.of("municipality", "no municipality '" + municipality + "'");
            }
        }
        Ref areaRef = Ref.parse(area);
        PlaceNames.AreaName a = null;
        if (areaRef != null) {
            a = names.area(areaRef, m);
            if (a == null) {
                throw InvalidInput.of("area", "no area '" + area + "'"
                        + (m == null && areaRef.id() == null ? "; give an id, or a municipality too" : ""));
            }
        }
        return new Filter(m == null ? null : m.slug(), a == null ? null : a.id());
    }

    void placeChanged(@Observes RecordChanged change) {
        if (change.type() == Municipality.class || change.type() == Area.class) {
            names.drop();
        }
    }

    void placeChangeEnded(@Observes(during = TransactionPhase.AFTER_COMPLETION) RecordChanged change) {
        placeChanged(change); // again: a lookup between the change and its commit may have read the old rows
    }

    private PlaceNames.Rows names() {
        List<PlaceNames.MunicipalityName> municipalities = em.createQuery(
                "SELECT m.id, m.slug FROM Municipality m", Object[].class).getResultStream()
                .map(r -> new PlaceNames.MunicipalityName((Long) r[0], (String) r[1])).toList();
        List<PlaceNames.AreaName> areas = em.createQuery(
                "SELECT a.id, a.key, a.municipality.id FROM Area a", Object[].class).getResultStream()
                .map(r -> new PlaceNames.AreaName((Long) r[0], (String) r[1], (Long) r[2])).toList();
        return new PlaceNames.Rows(municipalities, areas);
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
