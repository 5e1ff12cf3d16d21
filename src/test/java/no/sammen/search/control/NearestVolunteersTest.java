package no.sammen.search.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import no.sammen.geo.GeoPoint;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Matching's candidates: a municipality's volunteers nearest a place, within a radius, and nothing else. */
class NearestVolunteersTest {

    private static final GeoPoint LARVIK = GeoPoint.of(59.053, 10.027);

    @TempDir
    Path dir;

    private SearchIndex index;
    private NearestVolunteers nearest;

    @BeforeEach
    void open() {
        index = new SearchIndex();
        assertTrue(index.open(dir));
        nearest = new NearestVolunteers(index);
        Map<String, Indexable> docs = new HashMap<>();
        // volunteers 1..5 in Larvik, 1 km apart going north; 6 in Porsgrunn next door; 7 in Larvik without a home
        for (int i = 1; i <= 5; i++) {
            put(docs, volunteer(i, "larvik", north(LARVIK, i)));
        }
        put(docs, volunteer(6, "porsgrunn", north(LARVIK, 0.5)));
        put(docs, volunteer(7, "larvik", null));
        put(docs, new Indexable("activity", 8, 1, "Turgruppe", "tur", "larvik", null, null, List.of(), List.of(),
                null, List.of(), north(LARVIK, 0.1), false));
        index.apply(docs);
    }

    @AfterEach
    void close() {
        index.close();
    }

    @Test
    void nearestFirstOnlyTheMunicipalitysVolunteersWithinTheRadius() {
        assertEquals(List.of(1L, 2L, 3L), nearest.ids("larvik", LARVIK, 3.5, 100));
        assertEquals(List.of(1L, 2L), nearest.ids("larvik", LARVIK, 10, 2));
        assertEquals(List.of(6L), nearest.ids("porsgrunn", LARVIK, 10, 100));
        assertEquals(List.of(), nearest.ids("vinje", LARVIK, 10, 100));
    }

    @Test
    void aRemovedVolunteerIsNoLongerACandidate() {
        Map<String, Indexable> change = new HashMap<>();
        change.put("volunteer:1", null);
        index.apply(change);
        assertEquals(List.of(2L, 3L, 4L, 5L), nearest.ids("larvik", LARVIK, 10, 100));
    }

    private static void put(Map<String, Indexable> docs, Indexable item) {
        docs.put(item.uid(), item);
    }

    private static Indexable volunteer(long id, String municipality, GeoPoint home) {
        return new Indexable("volunteer", id, 1, "Frivillig " + id, "", municipality, null, null, List.of(), List.of(),
                null, List.of(), home, true);
    }

    private static GeoPoint north(GeoPoint p, double km) {
        return GeoPoint.of(p.latitude() + km / 111.2, p.longitude());
    }
}
