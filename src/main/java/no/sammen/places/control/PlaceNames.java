package no.sammen.places.control;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import no.sammen.platform.Ref;

/**
 * The ids, slugs and keys of all municipalities and areas, for query filters that only need to know that a
 * place exists and what its id or slug is. A few hundred rows at most; kept in memory because looking them up
 * in the database was 7 % of the CPU of a search over HTTP (BENCHMARKS.md 3b‴). Dropped on every change to a
 * municipality or area, once when it happens and again when its transaction ends; a load that overlapped a
 * change is used once but not kept.
 */
final class PlaceNames {

    /** One municipality as a filter needs it. */
    record MunicipalityName(long id, String slug) {
    }

    /** One area as a filter needs it. */
    record AreaName(long id, String key, long municipalityId) {
    }

    /** What the database holds now. */
    record Rows(List<MunicipalityName> municipalities, List<AreaName> areas) {
    }

    private record Snapshot(Map<Long, MunicipalityName> municipalityById, Map<String, MunicipalityName> municipalityBySlug,
            Map<Long, AreaName> areaById, Map<String, AreaName> areaByKey) {
    }

    private final Supplier<Rows> database;
    private final AtomicLong generation = new AtomicLong();
    private volatile Snapshot snapshot;

    PlaceNames(Supplier<Rows> database) {
        this.database = database;
    }

    /** Something changed (or may have): the next lookup reads the database again. */
    synchronized void drop() {
        generation.incrementAndGet();
        snapshot = null;
    }

    MunicipalityName municipality(Ref ref) {
        Snapshot s = current();
        return ref.id() != null ? s.municipalityById().get(ref.id())
                : s.municipalityBySlug().get(ref.key().toLowerCase(Locale.ROOT));
    }

    /** An area by id (in {@code within} when given) or by key in {@code within}; null when there is none. */
    AreaName area(Ref ref, MunicipalityName within) {
        Snapshot s = current();
        if (ref.id() != null) {
            AreaName area = s.areaById().get(ref.id());
            return area == null || (within != null && area.municipalityId() != within.id()) ? null : area;
        }
        return within == null ? null : s.areaByKey().get(within.id() + "/" + ref.key().toLowerCase(Locale.ROOT));
    }

    private Snapshot current() {
        Snapshot s = snapshot;
        if (s != null) {
            return s;
        }
        long before = generation.get();
        Rows rows = database.get();
        Map<Long, MunicipalityName> byId = new HashMap<>();
        Map<String, MunicipalityName> bySlug = new HashMap<>();
        for (MunicipalityName m : rows.municipalities()) {
            byId.put(m.id(), m);
            bySlug.put(m.slug(), m);
        }
        Map<Long, AreaName> areaById = new HashMap<>();
        Map<String, AreaName> areaByKey = new HashMap<>();
        for (AreaName a : rows.areas()) {
            areaById.put(a.id(), a);
            areaByKey.put(a.municipalityId() + "/" + a.key(), a);
        }
        s = new Snapshot(Map.copyOf(byId), Map.copyOf(bySlug), Map.copyOf(areaById), Map.copyOf(areaByKey));
        synchronized (this) {
            if (generation.get() == before) {
                snapshot = s;
            }
        }
        return s;
    }
}
