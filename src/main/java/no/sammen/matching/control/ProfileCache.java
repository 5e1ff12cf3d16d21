package no.sammen.matching.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import no.sammen.matching.entity.Match;
import no.sammen.matching.logic.VolunteerProfile;
import no.sammen.places.entity.Municipality;
import no.sammen.places.entity.Venue;
import no.sammen.platform.RecordChanged;
import no.sammen.registry.needs.entity.Need;
import no.sammen.registry.volunteers.entity.Volunteer;

/**
 * Volunteers' matching profiles (with the needs each has an open match for) and per-municipality counts, kept
 * in memory so that suggestions for a need read the database only for volunteers not asked about recently.
 *
 * <p>Loading 2 000 candidates with their collections and match history was most of the time of
 * {@code GET /needs/{id}/suggestions} (BENCHMARKS.md §4). Entries are dropped on the {@link RecordChanged}
 * events of what a profile is built from: the volunteer, their matches, the needs and venues of those
 * matches; once when the event is fired and again after the transaction completes. A load that overlapped
 * any such change is used but not kept (a generation counter), so a reader never caches the state from
 * before a commit it raced with. As a safety net for writes that bypass the events, entries also expire.
 */
@ApplicationScoped
public class ProfileCache {

    /** Most profiles kept; above it an arbitrary tenth is dropped. About 1 KB each. */
    static final int MAX_ENTRIES = Integer.getInteger("sammen.matching.profileCacheSize", 200_000);
    static final long MAX_AGE_NANOS = Duration.ofMinutes(10).toNanos();

    /** A volunteer's profile and the ids of the needs they have an open (proposed to active) match for. */
    public record Entry(VolunteerProfile profile, Set<String> openNeeds, long loadedAt) {
    }

    /** Volunteers in a municipality and the longest own travel limit any of them gave (0 if none). */
    public record Stats(long volunteers, double maxOwnTravelKm, long loadedAt) {
    }

    private final Map<Long, Entry> entries = new ConcurrentHashMap<>();
    private final Map<String, Set<Long>> byNeed = new ConcurrentHashMap<>();
    private final Map<String, Set<Long>> byVenue = new ConcurrentHashMap<>();
    private final Map<Long, Stats> municipalities = new ConcurrentHashMap<>();
    private final AtomicLong generation = new AtomicLong();
    private final AtomicLong hits = new AtomicLong();
    private final AtomicLong misses = new AtomicLong();

    @Inject
    Profiles profiles;

    @Inject
    Candidates candidates;

    @PersistenceContext
    EntityManager em;

    /** The profiles of these volunteers (those that still exist), in the order asked, from memory where possible. */
    public List<Entry> get(Collection<Long> ids) {
        long before = generation.get();
        long now = System.nanoTime();
        Entry[] found = new Entry[ids.size()];
        List<Long> missing = new ArrayList<>();
        int i = 0;
        for (Long id : ids) {
            Entry e = entries.get(id);
            if (e != null && now - e.loadedAt() < MAX_AGE_NANOS) {
                found[i] = e;
            } else {
                missing.add(id);
            }
            i++;
        }
        hits.addAndGet(ids.size() - missing.size());
        misses.addAndGet(missing.size());
        Map<Long, Entry> loaded = missing.isEmpty() ? Map.of() : profiles.entries(candidates.load(missing), now);
        if (!loaded.isEmpty() && generation.get() == before) {
            makeRoom(loaded.size());
            loaded.forEach(this::put);
        }
        List<Entry> result = new ArrayList<>(ids.size());
        i = 0;
        for (Long id : ids) {
            Entry e = found[i++] != null ? found[i - 1] : loaded.get(id);
            if (e != null) {
                result.add(e);
            }
        }
        return result;
    }

    /** Count and longest own travel limit of the municipality's volunteers, from memory where possible. */
    public Stats stats(Municipality m) {
        long before = generation.get();
        long now = System.nanoTime();
        Stats s = municipalities.get(m.getId());
        if (s != null && now - s.loadedAt() < MAX_AGE_NANOS) {
            return s;
        }
        Object[] row = em.createQuery("SELECT COUNT(v), MAX(v.maxTravelKm) FROM Volunteer v WHERE v.municipality = :m",
                Object[].class).setParameter("m", m).getSingleResult();
        s = new Stats(((Number) row[0]).longValue(), row[1] == null ? 0 : ((Number) row[1]).doubleValue(), now);
        if (generation.get() == before) {
            municipalities.put(m.getId(), s);
        }
        return s;
    }

    /** Profiles served from memory and loaded, since start; for benchmarks. */
    public long[] hitsAndMisses() {
        return new long[] {hits.get(), misses.get()};
    }

    private void put(Long id, Entry e) {
        entries.put(id, e);
        for (VolunteerProfile.Service s : e.profile().services()) {
            byNeed.computeIfAbsent(s.needId(), k -> ConcurrentHashMap.newKeySet()).add(id);
            if (s.venueId() != null) {
                byVenue.computeIfAbsent(s.venueId(), k -> ConcurrentHashMap.newKeySet()).add(id);
            }
        }
    }

    private void makeRoom(int coming) {
        if (entries.size() + coming <= MAX_ENTRIES) {
            return;
        }
        int drop = Math.max(coming, MAX_ENTRIES / 10);
        Iterator<Long> it = entries.keySet().iterator();
        while (drop-- > 0 && it.hasNext()) {
            it.next();
            it.remove();
        }
    }

    void onChange(@Observes RecordChanged change) {
        invalidate(change);
    }

    void afterCompletion(@Observes(during = TransactionPhase.AFTER_COMPLETION) RecordChanged change) {
        invalidate(change);
    }

    /** Drops whatever the change may have made stale. */
    void invalidate(RecordChanged change) {
        Class<?> type = change.type();
        if (type == Volunteer.class) {
            generation.incrementAndGet();
            entries.remove(change.id());
            municipalities.clear();
        } else if (type == Match.class) {
            generation.incrementAndGet();
            if (change.entity() instanceof Match m && m.getVolunteer() != null) {
                entries.remove(m.getVolunteer().getId());
            } else {
                clear();
            }
        } else if (type == Need.class) {
            generation.incrementAndGet();
            drop(byNeed.remove(Long.toString(change.id())));
        } else if (type == Venue.class) {
            generation.incrementAndGet();
            drop(byVenue.remove(Long.toString(change.id())));
        }
    }

    private void drop(Set<Long> volunteers) {
        if (volunteers != null) {
            volunteers.forEach(entries::remove);
        }
    }

    /** Forgets everything. */
    public void clear() {
        generation.incrementAndGet();
        entries.clear();
        byNeed.clear();
        byVenue.clear();
        municipalities.clear();
    }
}
