package no.sammen.seed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import no.sammen.registry.activities.boundary.ActivityJson;
import no.sammen.registry.needs.boundary.NeedJson;
import no.sammen.registry.volunteers.boundary.VolunteerJson;
import org.junit.jupiter.api.Test;

/**
 * The seed files are edited by hand: check their shape and cross-references before a container ever sees
 * them, so a typo fails here with the file and key named.
 */
class SeedFilesTest {

    private static final Path SEED = Path.of("seed");
    private static final Set<String> SOURCES = Set.of("PLAN", "ILLUSTRATIVE");
    private final Jsonb jsonb = JsonbBuilder.create();

    @Test
    void everyMunicipalityHasEnoughPeopleAndNeeds() throws IOException {
        for (String slug : municipalities()) {
            assertTrue(array(slug, "volunteers").size() >= 30, slug + ": at least 30 volunteers");
            assertTrue(array(slug, "needs").size() >= 10, slug + ": at least 10 needs");
            assertEquals(slug, object(slug, "municipality").getString("slug"));
        }
    }

    @Test
    void referencesResolveWithinTheirMunicipality() throws IOException {
        Map<String, List<String>> references = Map.of(
                "venues", List.of("area"), "organisations", List.of("area"),
                "activities", List.of("area", "venue", "organiser"), "volunteers", List.of("area", "organisation"),
                "needs", List.of("area", "venue"));
        Map<String, String> targets = Map.of("area", "areas", "venue", "venues", "organiser", "organisations",
                "organisation", "organisations");
        for (String slug : municipalities()) {
            for (var file : references.entrySet()) {
                for (JsonValue value : array(slug, file.getKey())) {
                    JsonObject record = value.asJsonObject();
                    for (String field : file.getValue()) {
                        if (record.get(field) instanceof JsonString ref) {
                            assertTrue(keys(slug, targets.get(field)).contains(ref.getString()),
                                    slug + "/" + file.getKey() + " " + record.getString("key", "?") + ": unknown "
                                            + field + " '" + ref.getString() + "'");
                        }
                    }
                }
            }
            for (JsonValue value : array(slug, "matches")) {
                JsonObject match = value.asJsonObject();
                assertTrue(keys(slug, "needs").contains(match.getString("need")), slug + " match need");
                assertTrue(keys(slug, "volunteers").contains(match.getString("volunteer")), slug + " match volunteer");
            }
        }
    }

    @Test
    void everyRecordSaysWhereItComesFromAndPeopleAreInvented() throws IOException {
        Set<String> emails = new HashSet<>();
        for (String slug : municipalities()) {
            for (String file : List.of("areas", "venues", "organisations", "activities", "volunteers", "needs")) {
                for (JsonValue value : array(slug, file)) {
                    String source = value.asJsonObject().getString("source", "");
                    assertTrue(SOURCES.contains(source), slug + "/" + file + ": source '" + source + "'");
                }
            }
            for (JsonValue value : array(slug, "volunteers")) {
                JsonObject v = value.asJsonObject();
                assertEquals("ILLUSTRATIVE", v.getString("source"), "volunteers are invented");
                String email = v.getString("email", null);
                if (email != null) {
                    assertTrue(email.endsWith("example.no") || email.endsWith("example.com") || email.endsWith("example.org"),
                            "seed e-mail addresses use example domains: " + email);
                    assertTrue(emails.add(email), "duplicate e-mail " + email);
                }
            }
        }
    }

    @Test
    void recordsFitTheApiShapes() throws IOException {
        for (String slug : municipalities()) {
            for (JsonValue v : array(slug, "volunteers")) {
                jsonb.fromJson(v.toString(), VolunteerJson.class);
            }
            for (JsonValue v : array(slug, "needs")) {
                jsonb.fromJson(v.toString(), NeedJson.class);
            }
            for (JsonValue v : array(slug, "activities")) {
                jsonb.fromJson(v.toString(), ActivityJson.class);
            }
        }
    }

    private static List<String> municipalities() throws IOException {
        try (JsonReader reader = Json.createReader(Files.newBufferedReader(SEED.resolve("index.json")))) {
            return reader.readArray().getValuesAs(JsonString.class).stream().map(JsonString::getString).toList();
        }
    }

    private static JsonArray array(String slug, String file) throws IOException {
        Path path = SEED.resolve(slug).resolve(file + ".json");
        if (!Files.exists(path)) {
            return JsonValue.EMPTY_JSON_ARRAY;
        }
        try (JsonReader reader = Json.createReader(Files.newBufferedReader(path))) {
            return reader.readArray();
        }
    }

    private static JsonObject object(String slug, String file) throws IOException {
        try (JsonReader reader = Json.createReader(Files.newBufferedReader(SEED.resolve(slug).resolve(file + ".json")))) {
            return reader.readObject();
        }
    }

    private static Set<String> keys(String slug, String file) throws IOException {
        Set<String> keys = new HashSet<>();
        for (JsonValue value : array(slug, file)) {
            keys.add(value.asJsonObject().getString("key"));
        }
        return keys;
    }
}
