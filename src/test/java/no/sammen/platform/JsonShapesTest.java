package no.sammen.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbException;
import no.sammen.registry.needs.boundary.NeedJson;
import no.sammen.registry.volunteers.boundary.VolunteerJson;
import org.junit.jupiter.api.Test;

/** The wire shapes clients rely on: references by id or slug, courses as names or objects. */
class JsonShapesTest {

    private final Jsonb jsonb = JsonbBuilder.create();

    @Test
    void referencesAcceptIdsAndSlugs() {
        NeedJson need = jsonb.fromJson("{\"municipality\": \"vinje\", \"venue\": 42, \"area\": \"17\"}", NeedJson.class);
        assertEquals(Ref.key("vinje"), need.municipality);
        assertEquals(Ref.id(42), need.venue);
        assertEquals(Ref.id(17), need.area);
    }

    @Test
    void referencesAreWrittenBackAsTheyAre() {
        NeedJson need = new NeedJson();
        need.municipality = Ref.key("nome");
        need.venue = Ref.id(7);
        String json = jsonb.toJson(need);
        assertEquals(true, json.contains("\"municipality\":\"nome\""), json);
        assertEquals(true, json.contains("\"venue\":7"), json);
    }

    @Test
    void aReferenceOfTheWrongShapeIsMalformed() {
        assertThrows(JsonbException.class, () -> jsonb.fromJson("{\"municipality\": {\"a\": 1}}", NeedJson.class));
    }

    @Test
    void coursesMayBeNamesOrObjects() {
        VolunteerJson v = jsonb.fromJson("{\"vetting\": {\"courses\": [\"demensopplæring\","
                + " {\"name\": \"aktivitetsvenn-kurs\", \"completedOn\": \"2025-02-01\"}]}}", VolunteerJson.class);
        assertEquals("demensopplæring", v.vetting.courses.get(0).name);
        assertEquals("2025-02-01", v.vetting.courses.get(1).completedOn);
    }
}
