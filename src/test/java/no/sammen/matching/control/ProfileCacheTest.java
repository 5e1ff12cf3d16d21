package no.sammen.matching.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import no.sammen.matching.entity.Match;
import no.sammen.matching.logic.VolunteerProfile;
import no.sammen.places.entity.Venue;
import no.sammen.platform.RecordChanged;
import no.sammen.registry.needs.entity.Need;
import no.sammen.registry.volunteers.entity.Volunteer;
import org.junit.jupiter.api.Test;

/** What each change drops from the profile cache, and that a load racing with a change is not kept. */
class ProfileCacheTest {

    private final List<Long> loads = new ArrayList<>();
    private Runnable duringLoad = () -> { };
    private final ProfileCache cache = new ProfileCache();

    ProfileCacheTest() {
        List<Long> asked = new ArrayList<>();
        cache.candidates = new Candidates() {
            @Override
            public List<Volunteer> load(Collection<Long> ids) {
                asked.clear();
                asked.addAll(ids);
                loads.addAll(ids);
                duringLoad.run();
                return List.of();
            }
        };
        cache.profiles = new Profiles() {
            @Override
            public Map<Long, ProfileCache.Entry> entries(Collection<Volunteer> volunteers, long loadedAt) {
                Map<Long, ProfileCache.Entry> entries = new LinkedHashMap<>();
                for (Long id : asked) {
                    // volunteer 2 serves need 7 at venue 9 and has an open match for need 8
                    List<VolunteerProfile.Service> services = id == 2
                            ? List.of(new VolunteerProfile.Service("7", "9", "Gloppe", null, List.of(), List.of(), true))
                            : List.of();
                    entries.put(id, new ProfileCache.Entry(new VolunteerProfile(id.toString(), "v" + id, null, null,
                            false, null, null, null, null, null, null, null, false, null, services),
                            id == 2 ? Set.of("8") : Set.of(), loadedAt));
                }
                return entries;
            }
        };
    }

    private List<Long> loadedBy(Runnable action) {
        loads.clear();
        action.run();
        return List.copyOf(loads);
    }

    private void get(Long... ids) {
        assertEquals(ids.length, cache.get(List.of(ids)).size());
    }

    @Test
    void keptUntilWhatTheProfileIsBuiltFromChanges() {
        assertEquals(List.of(1L, 2L, 3L), loadedBy(() -> get(1L, 2L, 3L)));
        assertEquals(List.of(), loadedBy(() -> get(1L, 2L, 3L)), "second time from memory");
        assertEquals(Set.of("8"), cache.get(List.of(2L)).get(0).openNeeds());

        cache.invalidate(new RecordChanged(Volunteer.class, 1, null));
        assertEquals(List.of(1L), loadedBy(() -> get(1L, 2L, 3L)));

        cache.invalidate(new RecordChanged(Need.class, 7, null));
        assertEquals(List.of(2L), loadedBy(() -> get(1L, 2L, 3L)), "a need volunteer 2 serves changed");
        cache.invalidate(new RecordChanged(Need.class, 99, null));
        assertEquals(List.of(), loadedBy(() -> get(1L, 2L, 3L)), "a need nobody cached serves");

        cache.invalidate(new RecordChanged(Venue.class, 9, null));
        assertEquals(List.of(2L), loadedBy(() -> get(1L, 2L, 3L)));

        cache.invalidate(new RecordChanged(Match.class, 5, null));
        assertEquals(List.of(1L, 2L, 3L), loadedBy(() -> get(1L, 2L, 3L)), "a deleted match: whose is unknown");
    }

    @Test
    void aNewMatchDropsItsVolunteer() throws Exception {
        get(1L, 2L);
        Volunteer v = new Volunteer();
        var id = no.sammen.platform.RegistryRecord.class.getDeclaredField("id");
        id.setAccessible(true);
        id.set(v, 2L);
        cache.invalidate(new RecordChanged(Match.class, 5, new Match(new Need(), v, null)));
        assertEquals(List.of(2L), loadedBy(() -> get(1L, 2L)));
    }

    @Test
    void aLoadThatRacedWithAChangeIsUsedButNotKept() {
        duringLoad = () -> cache.invalidate(new RecordChanged(Volunteer.class, 1, null));
        assertEquals(List.of(1L), loadedBy(() -> get(1L)));
        duringLoad = () -> { };
        assertEquals(List.of(1L), loadedBy(() -> get(1L)), "loaded again: the first load may predate the commit");
        assertEquals(List.of(), loadedBy(() -> get(1L)));
        assertTrue(cache.hitsAndMisses()[0] >= 1);
    }
}
