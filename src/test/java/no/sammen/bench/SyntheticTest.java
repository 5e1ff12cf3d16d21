package no.sammen.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import no.sammen.registry.volunteers.boundary.VolunteerJson;
import no.sammen.vocabulary.Vocabulary;
import org.junit.jupiter.api.Test;

class SyntheticTest {

    private static final List<Synthetic.Place> PLACES = Synthetic.fromSeedFiles(Path.of("seed"));

    @Test
    void readsTheAreasOfAllFiveMunicipalities() {
        assertEquals(5, PLACES.stream().map(Synthetic.Place::municipality).distinct().count());
        assertTrue(PLACES.size() >= 20, "areas: " + PLACES.size());
    }

    @Test
    void sameSeedSameRecordsInAnyOrder() {
        Synthetic a = new Synthetic(42, PLACES);
        Synthetic b = new Synthetic(42, PLACES);
        VolunteerJson late = b.volunteer(999);
        VolunteerJson early = b.volunteer(3);
        assertEquals(a.volunteer(3).email, early.email);
        assertEquals(a.volunteer(999).about, late.about);
        assertEquals(a.activity(7).title, b.activity(7).title);
        assertEquals(a.need(7).description, b.need(7).description);
        assertNotEquals(a.volunteer(3).email, new Synthetic(43, PLACES).volunteer(3).email);
    }

    @Test
    void spreadOverMunicipalitiesLanguagesAndVocabulary() {
        Synthetic s = new Synthetic(42, PLACES);
        Map<String, Integer> municipalities = new HashMap<>();
        int norwegianOnly = 0;
        for (int i = 0; i < 10_000; i++) {
            VolunteerJson v = s.volunteer(i);
            municipalities.merge(v.municipality.key(), 1, Integer::sum);
            if (v.languages.equals(List.of("no"))) {
                norwegianOnly++;
            }
            assertTrue(Vocabulary.INTERESTS.containsAll(v.interests));
            assertTrue(!v.availability.isEmpty() && v.availability.size() <= 3);
            assertTrue(Math.abs(v.home.lat - 59.3) < 1.5 && Math.abs(v.home.lon - 9) < 2.5, "home in Norway");
        }
        assertEquals(5, municipalities.size());
        assertTrue(municipalities.get("nordre-follo") > municipalities.get("vinje") * 5, municipalities.toString());
        assertTrue(norwegianOnly > 7_000 && norwegianOnly < 8_500, "Norwegian only: " + norwegianOnly);
        assertTrue(s.activity(1).targetGroups.stream().allMatch(Vocabulary.TARGET_GROUPS::contains));
    }

    @Test
    void indexablesAreBuiltWithoutADatabase() {
        Synthetic s = new Synthetic(42, PLACES);
        var v = s.volunteerIndexable(5, 1005);
        assertEquals("volunteer", v.type());
        assertTrue(v.restricted());
        assertTrue(!v.windows().isEmpty());
        assertEquals("activity", s.activityIndexable(5, 2005).type());
        assertEquals("need", s.needIndexable(5, 3005).type());
    }
}
