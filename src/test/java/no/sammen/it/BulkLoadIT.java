package no.sammen.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URL;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The bulk load ({@code POST /api/admin/generate}) as a user would notice it: every generated record is in the
 * database and in the search, and once the load is over the index follows each write at once again.
 */
class BulkLoadIT extends DeployedWar {

    private static final int VOLUNTEERS = 350;

    private static String enc(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    private long searchTotal(String query) {
        JsonObject result = admin().get("/search?" + query).ok().object();
        assertTrue(result.getBoolean("totalExact"), result.toString());
        return result.getJsonNumber("total").longValue();
    }

    /** Per type: [rows listed by the registry, documents found by the search]. */
    private Map<String, long[]> counts() {
        Map<String, long[]> counts = new LinkedHashMap<>();
        for (String type : List.of("volunteer", "activity", "need")) {
            String resource = type.equals("activity") ? "/activities" : "/" + type + "s";
            counts.put(type, new long[] {admin().total(resource + "?limit=1"), searchTotal("type=" + type + "&limit=1")});
        }
        return counts;
    }

    @Test
    void generatedRecordsAreStoredAndSearchableAndTheIndexFollowsWritesAfterwards() {
        Map<String, long[]> before = counts();
        // several batches, so that batch boundaries and the bulk index writer's queue are crossed
        JsonObject loaded = admin().post("/admin/generate?volunteers=" + VOLUNTEERS + "&seed=7&batch=100", "")
                .ok().object();
        Map<String, Integer> expected = Map.of("volunteer", VOLUNTEERS, "activity", VOLUNTEERS / 10,
                "need", VOLUNTEERS / 10);
        Map<String, long[]> after = counts();
        for (var e : expected.entrySet()) {
            String type = e.getKey();
            assertEquals(e.getValue(), loaded.getJsonObject(type).getInt("created"), loaded.toString());
            assertEquals(before.get(type)[0] + e.getValue(), after.get(type)[0], type + " rows in the database");
            assertEquals(before.get(type)[1] + e.getValue(), after.get(type)[1], type + " documents in the search");
        }

        JsonObject generated = firstGeneratedVolunteer();
        long id = generated.getJsonNumber("id").longValue();
        JsonObject stored = admin().get("/volunteers/" + id).ok().object();
        assertEquals(generated.getString("name"), stored.getString("name"));
        assertTrue(stored.getJsonArray("interests").size() >= 1, stored.toString());
        JsonObject byName = admin().get("/search?type=volunteer&limit=50&q=" + enc(stored.getString("name"))).ok().object();
        assertTrue(byName.getJsonArray("hits").stream().anyMatch(h -> h.asJsonObject().getJsonNumber("id").longValue() == id),
                "a generated volunteer is found by name: " + byName);

        // The load is over: a single write is searchable as soon as it is committed.
        long created = admin().post("/volunteers", """
                {"municipality": "nome", "name": "Etterlast Prøvesen", "about": "Kvadrillesjonglering etter masselasting"}""")
                .expect(201).object().getJsonNumber("id").longValue();
        JsonObject afterLoad = admin().get("/search?type=volunteer&q=kvadrillesjonglering").ok().object();
        assertTrue(afterLoad.getJsonArray("hits").stream().anyMatch(h -> h.asJsonObject().getJsonNumber("id").longValue() == created),
                afterLoad.toString());
        assertEquals(after.get("volunteer")[1] + 1, searchTotal("type=volunteer&limit=1"));
    }

    @Test
    void badParametersAreRejectedWithAProblem() {
        Api.Reply reply = admin().post("/admin/generate?volunteers=-1", "");
        assertEquals(400, reply.status(), reply.body());
        assertTrue(reply.contentType().startsWith("application/problem+json"), reply.contentType());
        assertEquals(403, anonymous().as("frivillig.vinje@example.no")
                .post("/admin/generate?volunteers=10", "").status());
    }

    private JsonObject firstGeneratedVolunteer() {
        for (int offset = 0; ; offset += 500) {
            JsonObject page = admin().get("/volunteers?limit=500&offset=" + offset).ok().object();
            List<JsonObject> items = page.getJsonArray("items").stream().map(JsonValue::asJsonObject).toList();
            assertTrue(!items.isEmpty(), "no generated volunteer listed");
            for (JsonObject item : items) {
                if ("SYNTHETIC".equals(item.getString("source", null))) {
                    return item;
                }
            }
        }
    }
}
