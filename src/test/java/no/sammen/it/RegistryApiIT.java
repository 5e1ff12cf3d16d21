package no.sammen.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The registry API as a client sees it, against the real WAR on Payara Micro with the seed data loaded into
 * an in-memory Derby. One class, one container start: Payara Micro takes 15–20 s to start.
 */
class RegistryApiIT extends DeployedWar {

    private static final String PROBLEM = "application/problem+json";

    @Test
    void seedDataOfAllFiveMunicipalitiesIsLoaded() {
        Api api = admin();
        assertEquals(5, api.total("/municipalities"));
        Set<String> vinjeVenues = api.get("/venues?municipality=vinje&limit=100").ok().object().getJsonArray("items")
                .stream().map(v -> v.asJsonObject().getString("name")).collect(Collectors.toSet());
        assertTrue(vinjeVenues.containsAll(Set.of("Vinje helsesenter", "Rauland omsorgssenter", "Norheimstunet")),
                vinjeVenues.toString());
        for (String slug : List.of("porsgrunn", "larvik", "nordre-follo", "vinje", "nome")) {
            assertTrue(api.total("/volunteers?municipality=" + slug) >= 30, slug + " volunteers");
            assertTrue(api.total("/needs?municipality=" + slug) >= 10, slug + " needs");
            assertTrue(api.total("/venues?municipality=" + slug) >= 3, slug + " venues");
            assertTrue(api.total("/activities?municipality=" + slug) >= 3, slug + " activities");
        }
    }

    @Test
    void listsArePagedAndFilterByArea() {
        Api api = admin();
        JsonObject page = api.get("/volunteers?municipality=vinje&offset=5&limit=7").ok().object();
        assertEquals(7, page.getJsonArray("items").size());
        assertEquals(5, page.getInt("offset"));
        assertEquals(7, page.getInt("limit"));
        long all = page.getJsonNumber("total").longValue();
        long rauland = api.total("/volunteers?municipality=vinje&area=rauland");
        assertTrue(rauland > 0 && rauland < all, rauland + " of " + all);
        JsonObject first = api.get("/volunteers?municipality=vinje&area=rauland&limit=1").ok().object()
                .getJsonArray("items").getJsonObject(0);
        assertEquals("Rauland", first.getString("areaName"));
    }

    @Test
    void badFiltersAreNamed() {
        Api api = admin();
        assertField(api.get("/venues?municipality=atlantis").expect(400), "municipality");
        assertField(api.get("/volunteers?limit=lots").expect(400), "limit");
        assertField(api.get("/needs?status=MAYBE").expect(400), "status");
    }

    @Test
    void aVolunteerWithABackwardsWindowAndABadEmailIsRejectedAndNotStored() {
        Api api = admin();
        long before = api.total("/volunteers?municipality=vinje");
        Api.Reply reply = api.post("/volunteers", """
                {"name": "Test Person", "email": "not-an-email", "municipality": "vinje",
                 "availability": [{"day": "TUESDAY", "from": "14:00", "to": "10:00"}]}""").expect(400);
        assertTrue(reply.contentType().startsWith(PROBLEM), reply.contentType());
        assertField(reply, "email");
        assertField(reply, "availability[0].to");
        assertEquals(before, api.total("/volunteers?municipality=vinje"));
    }

    @Test
    void everyResourceRoundTrips() {
        Api api = admin();
        roundTrip(api, "/municipalities", """
                {"slug": "testby", "name": "Testby", "centre": {"lat": 60.0, "lon": 10.0}}""", "name", "Testbyen");
        roundTrip(api, "/areas", """
                {"municipality": "vinje", "key": "testgrend", "name": "Testgrend", "kind": "BYGD",
                 "centre": {"lat": 59.6, "lon": 8.0}}""", "name", "Testgrenda");
        roundTrip(api, "/venues", """
                {"municipality": "vinje", "area": "rauland", "name": "Testhuset", "kind": "møteplass",
                 "openingHours": [{"day": "MONDAY", "from": "10:00", "to": "14:00"}], "accessibility": ["STEP_FREE"]}""",
                "name", "Testhuset på Rauland");
        roundTrip(api, "/organisations", """
                {"municipality": "nome", "name": "Testlaget", "kind": "CULTURE", "email": "post@testlaget.example.no"}""",
                "name", "Testlaget i Nome");
        roundTrip(api, "/volunteers", """
                {"name": "Test Frivillig", "email": "test.frivillig@example.no", "phone": "+47 400 00 999",
                 "municipality": "larvik", "area": "stavern", "home": {"lat": 59.0, "lon": 10.03},
                 "maxTravelKm": 5, "hasCar": false, "interests": ["turgåing", "Kaffe og prat"], "languages": ["nb", "en"],
                 "availability": [{"day": "WEDNESDAY", "from": "10:00", "to": "13:00"}], "maxHoursPerWeek": 3,
                 "vetting": {"policeCertificateCheckedOn": "2025-05-02", "policeCertificateValidUntil": "2028-05-02",
                             "confidentialitySigned": true, "courses": ["demensopplæring"]}}""",
                "about", "Jeg liker å gå tur.");
        roundTrip(api, "/activities", """
                {"municipality": "larvik", "title": "Testtur", "schedule": [{"day": "FRIDAY", "from": "11:00", "to": "12:00"}],
                 "interests": ["turgåing"], "targetGroups": ["eldre"], "level": "OPEN_TO_ALL", "cost": 0}""",
                "title", "Testtur i skogen");
        roundTrip(api, "/needs", """
                {"municipality": "vinje", "area": "rauland", "title": "Testbehov",
                 "schedule": [{"day": "THURSDAY", "from": "14:00", "to": "16:00"}], "interests": ["musikk"],
                 "requirements": {"policeCertificate": true, "courses": ["demensopplæring"]}}""",
                "title", "Testbehov, musikk");
    }

    @Test
    void theStoredVolunteerReadsBackAsSent() {
        Api api = admin();
        Api.Reply created = api.post("/volunteers", """
                {"name": "Kari Test", "email": "Kari.Test@Example.no", "municipality": "nome", "area": "ulefoss",
                 "languages": ["nn", "pl"], "interests": ["Musikk"], "hasCar": true, "maxTravelKm": 25,
                 "availability": [{"day": "THURSDAY", "from": "13:00", "to": "17:00"}],
                 "vetting": {"policeCertificateValidUntil": "2029-01-10", "courses": [{"name": "aktivitetsvenn-kurs", "completedOn": "2025-09-01"}]}}
                """).expect(201);
        JsonObject v = api.get(path(created.location())).ok().object();
        assertEquals("kari.test@example.no", v.getString("email"));
        assertEquals("nome", v.getString("municipality"));
        assertEquals(List.of("no", "pl"), strings(v, "languages"));
        assertEquals(List.of("musikk"), strings(v, "interests"));
        assertEquals("THURSDAY", v.getJsonArray("availability").getJsonObject(0).getString("day"));
        assertEquals("2029-01-10", v.getJsonObject("vetting").getString("policeCertificateValidUntil"));
        assertEquals("aktivitetsvenn-kurs", v.getJsonObject("vetting").getJsonArray("courses").getJsonObject(0).getString("name"));
        assertNotNull(v.getJsonObject("home"), "home defaults to the area's centre");
    }

    @Test
    void aVolunteersInterestsLanguagesAndTimesCanBeChangedAndCleared() {
        Api api = admin();
        String at = path(api.post("/volunteers", """
                {"name": "Per Endring", "municipality": "vinje", "interests": ["sang", "bingo"], "skills": ["bil"],
                 "languages": ["nn"], "availability": [{"day": "MONDAY", "from": "10:00", "to": "12:00"}]}
                """).expect(201).location());
        JsonObject stored = api.get(at).ok().object();
        JsonObject changed = Json.createObjectBuilder(stored)
                .add("interests", Json.createArrayBuilder().add("turgåing").add("sang"))
                .add("skills", Json.createArrayBuilder())
                .add("languages", Json.createArrayBuilder().add("en").add("nn"))
                .add("availability", Json.createArrayBuilder()
                        .add(Json.createObjectBuilder().add("day", "FRIDAY").add("from", "09:30").add("to", "11:00"))
                        .add(Json.createObjectBuilder().add("day", "MONDAY").add("from", "18:00").add("to", "20:00")))
                .build();
        api.put(at, changed.toString()).ok();

        JsonObject read = api.get(at).ok().object();
        assertEquals(List.of("turgåing", "sang"), strings(read, "interests"));
        assertEquals(List.of(), strings(read, "skills"));
        assertEquals(List.of("en", "no"), strings(read, "languages"));
        assertEquals("MONDAY 18:00 20:00, FRIDAY 09:30 11:00", read.getJsonArray("availability").stream()
                .map(JsonValue::asJsonObject).map(w -> w.getString("day") + " " + w.getString("from") + " " + w.getString("to"))
                .collect(Collectors.joining(", ")));

        api.put(at, Json.createObjectBuilder(read).add("interests", Json.createArrayBuilder())
                .add("availability", Json.createArrayBuilder()).build().toString()).ok();
        JsonObject cleared = api.get(at).ok().object();
        assertEquals(List.of(), strings(cleared, "interests"));
        assertEquals(0, cleared.getJsonArray("availability").size());
        assertEquals(List.of("en", "no"), strings(cleared, "languages"));
    }

    @Test
    void anActivitysAndANeedsScheduleDatesAndTagsCanBeChangedAndCleared() {
        Api api = admin();
        String activity = path(api.post("/activities", """
                {"title": "Strikkekafé", "municipality": "larvik", "interests": ["håndarbeid"], "targetGroups": ["eldre"],
                 "schedule": [{"day": "WEDNESDAY", "from": "11:00", "to": "13:00"}], "excludedDates": ["2026-12-23"]}
                """).expect(201).location());
        JsonObject stored = api.get(activity).ok().object();
        api.put(activity, Json.createObjectBuilder(stored)
                .add("excludedDates", Json.createArrayBuilder().add("2026-12-30").add("2026-12-24"))
                .add("targetGroups", Json.createArrayBuilder().add("pårørende").add("eldre"))
                .add("schedule", Json.createArrayBuilder())
                .build().toString()).ok();
        JsonObject read = api.get(activity).ok().object();
        assertEquals(List.of("2026-12-24", "2026-12-30"), strings(read, "excludedDates"));
        assertEquals(List.of("pårørende", "eldre"), strings(read, "targetGroups"));
        assertEquals(List.of("håndarbeid"), strings(read, "interests"));
        assertEquals(0, read.getJsonArray("schedule").size());

        String need = path(api.post("/needs", """
                {"title": "Følge til butikken", "municipality": "larvik", "area": "stavern", "languages": ["nn"],
                 "schedule": [{"day": "FRIDAY", "from": "10:00", "to": "11:00"}],
                 "requirements": {"courses": ["demensopplæring"]}}""").expect(201).location());
        JsonObject needStored = api.get(need).ok().object();
        api.put(need, Json.createObjectBuilder(needStored)
                .add("requirements", Json.createObjectBuilder(needStored.getJsonObject("requirements"))
                        .add("courses", Json.createArrayBuilder().add("førstehjelp").add("demensopplæring")))
                .add("languages", Json.createArrayBuilder().add("pl"))
                .build().toString()).ok();
        JsonObject needRead = api.get(need).ok().object();
        assertEquals(List.of("førstehjelp", "demensopplæring"),
                strings(needRead.getJsonObject("requirements"), "courses"));
        assertEquals(List.of("pl"), strings(needRead, "languages"));
        assertEquals("FRIDAY", needRead.getJsonArray("schedule").getJsonObject(0).getString("day"));
    }

    @Test
    void matchesFollowTheirLifecycleAndRefuseIllegalSteps() {
        Api api = admin();
        JsonObject need = api.get("/needs?municipality=vinje&status=OPEN&limit=1").ok().object()
                .getJsonArray("items").getJsonObject(0);
        JsonObject volunteer = api.post("/volunteers", """
                {"name": "Per Kamp", "municipality": "vinje", "area": "rauland"}""").expect(201).object();
        Api.Reply created = api.post("/matches", "{\"need\": " + need.getInt("id") + ", \"volunteer\": "
                + volunteer.getInt("id") + ", \"note\": \"Foreslått av koordinator\"}").expect(201);
        JsonObject match = created.object();
        assertEquals("PROPOSED", match.getString("status"));
        String at = path(created.location());
        api.post("/matches", "{\"need\": " + need.getInt("id") + ", \"volunteer\": " + volunteer.getInt("id") + "}")
                .expect(409);

        JsonObject accepted = api.put(at, "{\"version\": " + match.getInt("version") + ", \"status\": \"ACCEPTED\"}")
                .ok().object();
        assertField(api.put(at, "{\"version\": " + accepted.getInt("version") + ", \"status\": \"PROPOSED\"}")
                .expect(409), "status");
        JsonObject active = api.put(at, "{\"version\": " + accepted.getInt("version")
                + ", \"status\": \"ACTIVE\", \"note\": \"Første besøk gjennomført\", \"hoursGiven\": 2}").ok().object();
        assertEquals("ACTIVE", active.getString("status"));
        assertEquals(3, active.getJsonArray("history").size());
        assertEquals(2.0, active.getJsonNumber("hoursGiven").doubleValue());
        assertEquals(1, api.total("/matches?volunteer=" + volunteer.getInt("id")));
    }

    @Test
    void staleUpdatesAreConflictsAndUnknownIdsAreNotFound() {
        Api api = admin();
        Api.Reply created = api.post("/organisations", """
                {"municipality": "porsgrunn", "name": "Samtidig lag", "kind": "OTHER"}""").expect(201);
        String at = path(created.location());
        api.put(at, "{\"municipality\": \"porsgrunn\", \"name\": \"Første endring\", \"kind\": \"OTHER\", \"version\": 1}").ok();
        Api.Reply stale = api.put(at, "{\"municipality\": \"porsgrunn\", \"name\": \"Andre endring\", \"kind\": \"OTHER\", \"version\": 1}")
                .expect(409);
        assertTrue(stale.contentType().startsWith(PROBLEM));
        assertEquals("Første endring", api.get(at).ok().object().getString("name"));
        assertField(api.put(at, "{\"municipality\": \"porsgrunn\", \"name\": \"Uten versjon\", \"kind\": \"OTHER\"}")
                .expect(400), "version");

        for (String resource : List.of("municipalities", "areas", "venues", "organisations", "volunteers",
                "activities", "needs", "matches")) {
            Api.Reply missing = api.get("/" + resource + "/999999999").expect(404);
            assertTrue(missing.contentType().startsWith(PROBLEM), resource);
            api.get("/" + resource + "/abc").expect(404);
            api.delete("/" + resource + "/999999999").expect(404);
        }
    }

    @Test
    void aVenueInUseCannotBeDeleted() {
        Api api = admin();
        JsonObject need = api.get("/needs?municipality=larvik&limit=100").ok().object().getJsonArray("items")
                .stream().map(JsonValue::asJsonObject).filter(n -> n.containsKey("venue")).findFirst().orElseThrow();
        api.delete("/venues/" + need.getInt("venue")).expect(409);
        api.get("/venues/" + need.getInt("venue")).ok();
    }

    @Test
    void fiftyMalformedBodiesGiveClientErrorsNeverServerErrors() {
        Api api = admin();
        List<String> bodies = new ArrayList<>(List.of(
                "", "{", "}", "[]", "null", "42", "\"text\"", "{\"name\": }", "{\"name\": \"x\",}", "{'name': 'x'}",
                "{\"name\": [1,2]}", "{\"name\": {\"a\": 1}}", "{\"maxTravelKm\": \"far\"}", "{\"hasCar\": \"ja\"}",
                "{\"birthYear\": 1e999}", "{\"birthYear\": 99999999999999999999}", "{\"availability\": \"tuesday\"}",
                "{\"availability\": [1, 2]}", "{\"availability\": [{\"day\": 3}]}", "{\"home\": [59, 10]}",
                "{\"home\": {\"lat\": \"north\"}}", "{\"municipality\": true}", "{\"municipality\": [\"vinje\"]}",
                "{\"vetting\": \"ok\"}", "{\"vetting\": {\"courses\": 5}}", "{\"languages\": \"no\"}",
                "{\"interests\": {\"a\": 1}}", "\u0000\u0001", "{\"name\": \"\\ud800\"}", "{\"name\": \"x\"} trailing",
                "{\"schedule\": null, \"title\": null}", "{\"volunteersNeeded\": -5, \"municipality\": \"vinje\"}",
                "{\"requirements\": []}", "{\"status\": 7}", "{\"level\": \"ALL\", \"municipality\": \"larvik\"}",
                "{\"need\": \"abc\", \"volunteer\": {}}", "{\"need\": 1.5}", "{\"startDate\": 20270101}",
                "{\"startDate\": \"2027-13-45\", \"title\": \"x\", \"municipality\": \"vinje\"}",
                "{\"location\": {\"lat\": 1000, \"lon\": -1000}}", "{\"openingHours\": [{\"day\": \"MONDAY\", \"from\": \"9\"}]}",
                "{\"kind\": \"CASTLE\", \"name\": \"x\", \"municipality\": \"vinje\"}", "{\"accessibility\": [null]}",
                "{\"slug\": \"ÆØÅ with spaces\", \"name\": \"x\"}", "{\"name\": \"" + "x".repeat(5000) + "\"}",
                "[{\"name\": \"x\"}]", "{\"excludedDates\": [\"tomorrow\"]}", "{\"capacity\": \"many\"}",
                "{\"courses\": [{\"name\": 1}]}", "{\"email\": 12345}"));
        String[] resources = {"volunteers", "needs", "activities", "venues", "organisations", "areas",
                "municipalities", "matches"};
        int i = 0;
        for (String body : bodies) {
            String resource = resources[i++ % resources.length];
            Api.Reply reply = api.post("/" + resource, body);
            assertTrue(reply.status() >= 400 && reply.status() < 500, resource + " " + body + " -> " + reply.status()
                    + " " + reply.body());
            assertTrue(reply.contentType().startsWith(PROBLEM), resource + " " + body + " -> " + reply.contentType());
        }
        assertTrue(bodies.size() >= 50, "fifty bodies");
    }

    @Test
    void healthReportsTheDatabaseAndOpenApiDescribesTheApi() {
        Api root = new Api(base.toString());
        JsonObject health = root.get("/health").ok().object();
        assertEquals("UP", health.getString("status"));
        assertTrue(health.toString().contains("database"), health.toString());
        Api.Reply openapi = new Api(base.getProtocol() + "://" + base.getHost() + ":" + base.getPort()).get("/openapi").ok();
        assertTrue(openapi.body().contains("/volunteers/{id}"), "OpenAPI lists the volunteer resource");
    }

    private void roundTrip(Api api, String resource, String body, String field, String newValue) {
        Api.Reply created = api.post(resource, body).expect(201);
        assertNotNull(created.location(), resource + " Location");
        String at = path(created.location());
        JsonObject stored = api.get(at).ok().object();
        assertEquals(created.object().getInt("id"), stored.getInt("id"));
        int version = stored.getInt("version");

        String changed = jsonWith(stored, field, newValue);
        JsonObject updated = api.put(at, changed).ok().object();
        assertEquals(newValue, updated.getString(field), resource);
        assertTrue(updated.getInt("version") > version, resource + " version increments");
        assertEquals(newValue, api.get(at).ok().object().getString(field), resource);

        api.put(at, changed).expect(409);
        api.delete(at).expect(204);
        Api.Reply gone = api.get(at).expect(404);
        assertTrue(gone.contentType().startsWith(PROBLEM));
    }

    private static String jsonWith(JsonObject object, String field, String value) {
        return Json.createObjectBuilder(object).add(field, value).build().toString();
    }

    private String path(String location) {
        String prefix = base.toString() + "api";
        assertTrue(location.startsWith(prefix) || location.contains("/api/"), location);
        return location.substring(location.indexOf("/api/") + 4);
    }

    private static List<String> strings(JsonObject object, String field) {
        return object.getJsonArray(field).stream().map(v -> ((JsonString) v).getString()).toList();
    }

    private static void assertField(Api.Reply reply, String field) {
        assertTrue(reply.contentType().startsWith(PROBLEM), reply.contentType());
        JsonObject problem = reply.object();
        assertTrue(problem.containsKey("errors"), reply.body());
        boolean named = problem.getJsonArray("errors").stream()
                .anyMatch(e -> field.equals(e.asJsonObject().getString("field")));
        assertTrue(named, "expected an error naming '" + field + "' in " + reply.body());
    }
}
